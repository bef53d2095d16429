// The LibTorch side of TorchInference, built as the heaorta_torch plugin.
#include "segmentation/model/InferenceEngine.h"
#include "segmentation/model/TorchInference.h"

#include "core/util/Error.h"
#include "core/util/Parallel.h"

#include <torch/script.h>
#include <torch/torch.h>
#include <torch/version.h>

#include <cmath>

namespace heaorta {
namespace F = torch::nn::functional;

namespace {

HeaortaError modelError(const std::filesystem::path& model, const QString& problem) {
  return HeaortaError(ErrorCode::ModelInvalid, QStringLiteral("%1: %2").arg(QString::fromStdString(model.string()), problem));
}

// Window start positions along one axis so that windows of `window` cover [0, length).
std::vector<int64_t> windowStarts(int64_t length, int64_t window, double overlap) {
  if (length <= window) return {0};
  const int64_t stride = std::max<int64_t>(1, static_cast<int64_t>(std::floor(window * (1.0 - overlap))));
  std::vector<int64_t> starts;
  for (int64_t s = 0; s + window < length; s += stride) starts.push_back(s);
  starts.push_back(length - window);
  return starts;
}

// Gaussian weights (sigma = window / 8) so that window borders, where predictions are least
// reliable, count least when windows overlap.
torch::Tensor importanceMap(const std::array<int64_t, 3>& window, const torch::TensorOptions& options) {
  torch::Tensor map = torch::ones({1}, options);
  std::vector<torch::Tensor> axes;
  for (int64_t n : window) {
    const torch::Tensor x = torch::arange(n, options).sub((n - 1) / 2.0);
    const double sigma = 0.125 * n;
    axes.push_back(torch::exp(-(x * x) / (2 * sigma * sigma)));
  }
  map = axes[0].view({-1, 1, 1}) * axes[1].view({1, -1, 1}) * axes[2].view({1, 1, -1});
  return map.clamp_min(1e-3 * map.max().item<float>());
}

class TorchEngine final : public InferenceEngine {
 public:
  TorchEngine(const std::filesystem::path& model, const ModelCard& card, InferenceDevice device);
  QString deviceDescription() const override;
  std::vector<uint8_t> segment(const std::vector<float>& hu, const Index3& size, const Eigen::Vector3d& spacing, ProgressSink& progress) override;

 private:
  struct Impl {
    ModelCard card;
    torch::Device device{torch::kCPU};
    bool half = false;
    torch::jit::script::Module module;
  };
  std::unique_ptr<Impl> impl_;
};

TorchEngine::TorchEngine(const std::filesystem::path& model, const ModelCard& card, InferenceDevice device) : impl_(std::make_unique<Impl>()) {
  impl_->card = card;
  const bool cuda = torch::cuda::is_available();
  if (device == InferenceDevice::Cuda && !cuda)
    throw HeaortaError(ErrorCode::Unsupported, TorchInference::tr("CUDA was requested, but no CUDA device or CUDA LibTorch is available."));
  if (device != InferenceDevice::Cpu && cuda) {
    impl_->device = torch::Device(torch::kCUDA);
    impl_->half = true;
  }
  torch::set_num_threads(workerThreadCount());
  try {
    impl_->module = torch::jit::load(model.string(), impl_->device);
  } catch (const std::exception& e) {
    throw modelError(
        model, TorchInference::tr("not a loadable TorchScript model (%1)").arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
  }
  impl_->module.eval();
  if (impl_->half) impl_->module.to(torch::kHalf);
  // A small probe tells whether the output has the channels the card promises.
  try {
    c10::InferenceMode guard;
    torch::Tensor probe = torch::zeros({1, 1, 32, 32, 32}, torch::TensorOptions().device(impl_->device));
    if (impl_->half) probe = probe.to(torch::kHalf);
    const torch::Tensor out = impl_->module.forward({probe}).toTensor();
    if (out.dim() != 5 || out.size(1) != static_cast<int64_t>(card.channelLabels.size()))
      throw modelError(model, TorchInference::tr("the model gives %1 output channels; its card lists %2")
                                  .arg(out.dim() == 5 ? out.size(1) : -1)
                                  .arg(card.channelLabels.size()));
  } catch (const c10::Error&) {
    // Some models only accept their window size; the first window will check instead.
  }
}

QString TorchEngine::deviceDescription() const {
  if (impl_->device.is_cuda()) return TorchInference::tr("CUDA GPU, half precision");
  return TorchInference::tr("CPU, %n thread(s)", nullptr, torch::get_num_threads());
}

std::vector<uint8_t> TorchEngine::segment(const std::vector<float>& hu, const Index3& size, const Eigen::Vector3d& spacing, ProgressSink& progress) {
  c10::InferenceMode guard;
  const ModelCard& card = impl_->card;
  const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(impl_->device);
  // [Z, Y, X] in the CT's canonical (LPS) order.
  torch::Tensor ct = torch::from_blob(const_cast<float*>(hu.data()), {size[2], size[1], size[0]}, torch::kFloat32).to(impl_->device);
  if (card.ras) ct = ct.flip({1, 2});
  const std::vector<int64_t> modelSize = {std::max<int64_t>(1, std::lround(size[2] * spacing[2] / card.spacingMm[2])),
                                          std::max<int64_t>(1, std::lround(size[1] * spacing[1] / card.spacingMm[1])),
                                          std::max<int64_t>(1, std::lround(size[0] * spacing[0] / card.spacingMm[0]))};
  torch::Tensor x = F::interpolate(ct.view({1, 1, size[2], size[1], size[0]}),
                                   F::InterpolateFuncOptions().size(modelSize).mode(torch::kTrilinear).align_corners(false));
  if (card.normalization == ModelCard::Normalization::ZScoreNonZero) {
    const torch::Tensor nonzero = x != 0;
    const torch::Tensor values = x.masked_select(nonzero);
    const float mean = values.mean().item<float>();
    const float sd = std::max(1e-6f, values.std().item<float>());
    x = torch::where(nonzero, (x - mean) / sd, torch::zeros_like(x));
  } else {
    x = (x.clamp(card.clipMin, card.clipMax) - card.clipMin) / (card.clipMax - card.clipMin);
  }
  progress.report(0.1, TorchInference::tr("Running the model"));

  const std::array<int64_t, 3> window = {card.window[2], card.window[1], card.window[0]};
  std::array<int64_t, 3> padded{};
  for (int a = 0; a < 3; ++a) padded[a] = std::max(modelSize[a], window[a]);
  // Pad with the smallest normalised value (air), so small studies fill a whole window.
  const float padValue = x.min().item<float>();
  x = F::pad(x, F::PadFuncOptions({0, padded[2] - modelSize[2], 0, padded[1] - modelSize[1], 0, padded[0] - modelSize[0]})
                    .mode(torch::kConstant)
                    .value(padValue));
  const int64_t channels = static_cast<int64_t>(card.channelLabels.size());
  torch::Tensor sum = torch::zeros({channels, padded[0], padded[1], padded[2]}, options);
  torch::Tensor weight = torch::zeros({padded[0], padded[1], padded[2]}, options);
  const torch::Tensor importance = importanceMap(window, options);
  const auto zs = windowStarts(padded[0], window[0], card.overlap);
  const auto ys = windowStarts(padded[1], window[1], card.overlap);
  const auto xs = windowStarts(padded[2], window[2], card.overlap);
  const std::size_t total = zs.size() * ys.size() * xs.size();
  std::size_t done = 0;
  for (int64_t z0 : zs)
    for (int64_t y0 : ys)
      for (int64_t x0 : xs) {
        throwIfCancelled(progress);
        using torch::indexing::Slice;
        torch::Tensor patch = x.index({Slice(), Slice(), Slice(z0, z0 + window[0]), Slice(y0, y0 + window[1]), Slice(x0, x0 + window[2])});
        if (impl_->half) patch = patch.to(torch::kHalf);
        torch::Tensor out;
        try {
          out = impl_->module.forward({patch.contiguous()}).toTensor().to(torch::kFloat32);
        } catch (const c10::Error& e) {
          throw HeaortaError(
              ErrorCode::ModelInvalid,
              TorchInference::tr("The model failed on a window: %1").arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
        }
        if (out.dim() != 5 || out.size(1) != channels || out.size(2) != window[0] || out.size(3) != window[1] || out.size(4) != window[2])
          throw HeaortaError(ErrorCode::ModelInvalid, TorchInference::tr("The model's output does not match its card (channels or window size)."));
        out = card.activation == ModelCard::Activation::Sigmoid ? torch::sigmoid(out[0]) : torch::softmax(out[0], 0);
        sum.index({Slice(), Slice(z0, z0 + window[0]), Slice(y0, y0 + window[1]), Slice(x0, x0 + window[2])}) += out * importance;
        weight.index({Slice(z0, z0 + window[0]), Slice(y0, y0 + window[1]), Slice(x0, x0 + window[2])}) += importance;
        progress.report(0.1 + 0.8 * static_cast<double>(++done) / total, TorchInference::tr("Running the model"));
      }
  using torch::indexing::Slice;
  torch::Tensor probabilities = (sum / weight.unsqueeze(0)).index({Slice(), Slice(0, modelSize[0]), Slice(0, modelSize[1]), Slice(0, modelSize[2])});
  probabilities = F::interpolate(
      probabilities.unsqueeze(0),
      F::InterpolateFuncOptions().size(std::vector<int64_t>{size[2], size[1], size[0]}).mode(torch::kTrilinear).align_corners(false))[0];
  const auto [best, index] = probabilities.max(0);
  std::vector<int64_t> labelOf(card.channelLabels.begin(), card.channelLabels.end());
  torch::Tensor labels = torch::tensor(labelOf, torch::TensorOptions().dtype(torch::kInt64).device(impl_->device)).index({index});
  if (card.activation == ModelCard::Activation::Sigmoid) labels = torch::where(best > card.threshold, labels, torch::zeros_like(labels));
  if (card.ras) labels = labels.flip({1, 2});
  labels = labels.to(torch::kUInt8).to(torch::kCPU).contiguous();
  progress.report(0.95, TorchInference::tr("Model finished"));
  return std::vector<uint8_t>(labels.data_ptr<uint8_t>(), labels.data_ptr<uint8_t>() + labels.numel());
}

const InferenceRuntimeApi kApi{
    InferenceRuntimeApi::kAbiVersion,
    [](const std::filesystem::path& model, const ModelCard& card, InferenceDevice device) -> InferenceEngine* {
      return new TorchEngine(model, card, device);
    },
    [] { return torch::cuda::is_available(); },
    [] { return TORCH_VERSION; },
};

}  // namespace
}  // namespace heaorta

extern "C" __attribute__((visibility("default"))) const heaorta::InferenceRuntimeApi* heaorta_inference_runtime() { return &heaorta::kApi; }
