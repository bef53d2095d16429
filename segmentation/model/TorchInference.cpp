#include "segmentation/model/TorchInference.h"

#include "core/util/Error.h"
#include "core/util/PluginDirectory.h"

#include <QLibrary>
#include <QString>
#include <memory>
#include <mutex>

namespace heaorta {
namespace {

struct LoadedRuntime {
  // Stays loaded for the process's life: destroying a QLibrary does not unload its library.
  std::unique_ptr<QLibrary> library;
  const InferenceRuntimeApi* api = nullptr;
  QString failure;
};

// Beside the program when installed (<prefix>/lib/heaorta, as bin/../lib/heaorta), in the build tree
// otherwise; $HEAORTA_TORCH_PLUGIN names it explicitly.
std::vector<QString> pluginCandidates() {
  std::vector<QString> candidates;
  const QString given = qEnvironmentVariable("HEAORTA_TORCH_PLUGIN");
  if (!given.isEmpty()) return {given};
  if (const std::filesystem::path directory = pluginDirectory(); !directory.empty())
    candidates.push_back(QString::fromStdString((directory / "libheaorta_torch.so").string()));
#ifdef HEAORTA_PLUGIN_BUILD_DIR
  candidates.push_back(QStringLiteral(HEAORTA_PLUGIN_BUILD_DIR "/libheaorta_torch.so"));
#endif
  return candidates;
}

const LoadedRuntime& runtime() {
  static LoadedRuntime loaded;
  static std::once_flag once;
  std::call_once(once, [] {
    QStringList problems;
    for (const QString& file : pluginCandidates()) {
      auto library = std::make_unique<QLibrary>(file);
      if (!library->load()) {
        problems << library->errorString();
        continue;
      }
      const auto entry = reinterpret_cast<HeaortaInferenceRuntimeEntry>(library->resolve("heaorta_inference_runtime"));
      const InferenceRuntimeApi* api = entry ? entry() : nullptr;
      if (!api || api->abiVersion != InferenceRuntimeApi::kAbiVersion) {
        problems << TorchInference::tr("%1 is not a Heaorta inference plugin of this version").arg(file);
        library->unload();
        continue;
      }
      loaded.library = std::move(library);
      loaded.api = api;
      return;
    }
    loaded.failure = problems.join(QStringLiteral("; "));
  });
  return loaded;
}

}  // namespace

TorchInference::TorchInference(const std::filesystem::path& model, const ModelCard& card, InferenceDevice device) {
  const LoadedRuntime& r = runtime();
  if (!r.api)
    throw HeaortaError(ErrorCode::ModelInvalid,
                       tr("%1: the model runtime (LibTorch plugin) cannot be loaded: %2").arg(QString::fromStdString(model.string()), r.failure));
  engine_.reset(r.api->create(model, card, device));
}

TorchInference::~TorchInference() = default;

bool TorchInference::cudaAvailable() { return runtime().api && runtime().api->cudaAvailable(); }

QString TorchInference::runtimeVersion() {
  const LoadedRuntime& r = runtime();
  if (!r.api) return tr("LibTorch not loaded (%1)").arg(r.failure);
  return QStringLiteral("LibTorch %1 (%2)")
      .arg(QLatin1String(r.api->version()), r.api->cudaAvailable() ? QStringLiteral("CUDA") : QStringLiteral("CPU"));
}

QString TorchInference::deviceDescription() const { return engine_->deviceDescription(); }

std::vector<uint8_t> TorchInference::segment(const std::vector<float>& hu, const Index3& size, const Eigen::Vector3d& spacing,
                                             ProgressSink& progress) {
  return engine_->segment(hu, size, spacing, progress);
}

}  // namespace heaorta
