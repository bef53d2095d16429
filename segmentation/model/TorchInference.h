#pragma once

#include "segmentation/model/InferenceEngine.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace heaorta {

// A TorchScript model run the way its card says: resampled to the model's spacing, normalised,
// predicted window by window with Gaussian blending (CUDA in half precision when available,
// otherwise CPU), resampled back and turned into labels. The same code runs with Debian's CPU
// LibTorch and with a CUDA LibTorch. LibTorch lives in the heaorta_torch plugin, loaded on first use;
// without it a model cannot run (HeaortaError ModelInvalid says why).
class TorchInference {
  Q_DECLARE_TR_FUNCTIONS(heaorta::TorchInference)

 public:
  // Loads the model and checks its output channels against the card with a small probe input.
  // Throws HeaortaError(ModelInvalid) for an unloadable or mismatching model, and
  // HeaortaError(Unsupported) when CUDA is asked for but not available.
  TorchInference(const std::filesystem::path& model, const ModelCard& card, InferenceDevice device);
  ~TorchInference();

  QString deviceDescription() const;
  static bool cudaAvailable();  // false also when the plugin cannot be loaded
  // "LibTorch 1.13.1 (CPU)", or why the runtime is missing.
  static QString runtimeVersion();

  // `hu`: the CT on a canonical grid (x fastest), `spacing` in mm. Returns one label per voxel on
  // that grid: 0, 1 heart, 2 ascending, 3 descending aorta or ModelCard::kAorta.
  std::vector<uint8_t> segment(const std::vector<float>& hu, const Index3& size, const Eigen::Vector3d& spacing, ProgressSink& progress);

 private:
  std::unique_ptr<InferenceEngine> engine_;
};

}  // namespace heaorta
