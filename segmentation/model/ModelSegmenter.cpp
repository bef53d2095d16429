#include "segmentation/model/ModelSegmenter.h"

#include "core/util/Parallel.h"
#include "segmentation/anatomy/BoneRemoval.h"
#include "segmentation/anatomy/CanonicalFrame.h"
#include "segmentation/postprocess/LabelPostprocessor.h"

#include <chrono>

namespace heaorta {

ModelSegmenter::ModelSegmenter(const std::filesystem::path& model, InferenceDevice device) : card_(ModelCard::read(ModelCard::cardPathFor(model))) {
  card_.verifyWeights(model);
  inference_ = std::make_unique<TorchInference>(model, card_, device);
}

ModelSegmenter::~ModelSegmenter() = default;

QString ModelSegmenter::describe(const QString& model, const QString& version, const QString& device) {
  return tr("%1 %2 (model on %3)").arg(model, version, device);
}

QString ModelSegmenter::name() const { return describe(card_.name, card_.version, inference_->deviceDescription()); }

SegmentationResult ModelSegmenter::segment(const Volume& ct, ProgressSink& progress) {
  const auto start = std::chrono::steady_clock::now();
  SegmentationResult out;
  out.segmenter = [model = card_.name, version = card_.version, device = inference_->deviceDescription()] {
    return describe(model, version, device);
  };
  out.segmenterKey = QStringLiteral("model");
  if (!card_.trained)
    out.notices.push_back(Notice::translatable(QStringLiteral("untrained-model"), [note = card_.note] {
      return tr("The model card says this model is untrained (%1): its masks are meaningless.").arg(note);
    }));

  const CanonicalFrame frame(ct.geometry());
  const Index3& n = frame.size();
  std::vector<float> hu(static_cast<std::size_t>(n[0]) * n[1] * n[2]);
  parallelFor(static_cast<std::size_t>(n[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    float* row = hu.data() + kk * n[0] * n[1];
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) row[static_cast<std::size_t>(j) * n[0] + i] = ct.voxels()[frame.sourceOffset(i, j, k)];
  });
  SubProgress modelProgress(progress, 0.0, 0.85);
  const std::vector<uint8_t> canonical = inference_->segment(hu, n, frame.spacing(), modelProgress);

  out.labels = LabelMap(ct.geometry());
  for (int k = 0; k < n[2]; ++k)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i)
        out.labels.voxels()[frame.sourceOffset(i, j, k)] = canonical[(static_cast<std::size_t>(k) * n[1] + j) * n[0] + i];
  progress.report(0.88, tr("Cleaning the masks"));
  LabelPostprocessor::apply(out.labels, card_.hasSingleAortaChannel() ? ModelCard::kAorta : 0);
  progress.report(0.92, tr("Removing bone"));
  const BoneRemovalResult bone = BoneRemoval::find(ct, out.labels);
  out.bone = bone.bone;
  out.contrastDetected = bone.contrast;
  if (bone.contrast)
    out.notices.push_back(Notice::translatable(QStringLiteral("contrast-detected"), [percent = bone.contrastFraction * 100] {
      return tr("Contrast-enhanced CT detected (%1 % of the mediastinum above 150 HU): calcium scoring is defined for non-contrast CT.")
          .arg(percent, 0, 'f', 0);
    }));
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  progress.report(1.0, tr("Segmentation finished"));
  return out;
}

}  // namespace heaorta
