#pragma once

#include "core/util/Progress.h"
#include "segmentation/model/ModelCard.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace heaorta {

enum class InferenceDevice { Auto, Cpu, Cuda };

// A TorchScript model run the way its card says: resampled to the model's spacing, normalised,
// predicted window by window with Gaussian blending (CUDA in half precision when available,
// otherwise CPU), resampled back and turned into labels. The same code runs with Debian's CPU
// LibTorch and with a CUDA LibTorch.
class TorchInference {
  Q_DECLARE_TR_FUNCTIONS(heaorta::TorchInference)

 public:
  // Loads the model and checks its output channels against the card with a small probe input.
  // Throws HeaortaError(ModelInvalid) for an unloadable or mismatching model, and
  // HeaortaError(Unsupported) when CUDA is asked for but not available.
  TorchInference(const std::filesystem::path& model, const ModelCard& card, InferenceDevice device);
  ~TorchInference();

  QString deviceDescription() const;
  static bool cudaAvailable();

  // `hu`: the CT on a canonical grid (x fastest), `spacing` in mm. Returns one label per voxel on
  // that grid: 0, 1 heart, 2 ascending, 3 descending aorta or ModelCard::kAorta.
  std::vector<uint8_t> segment(const std::vector<float>& hu, const Index3& size, const Eigen::Vector3d& spacing,
                               ProgressSink& progress);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace heaorta
