#pragma once

#include "core/util/Progress.h"
#include "segmentation/model/ModelCard.h"

#include <QString>
#include <filesystem>
#include <vector>

namespace heaorta {

enum class InferenceDevice { Auto, Cpu, Cuda };

// What the LibTorch plugin (heaorta_torch, segmentation/torch) implements. LibTorch and its 300
// shared libraries are loaded only when a model runs, not by every `heaorta` or workstation start.
class InferenceEngine {
 public:
  virtual ~InferenceEngine() = default;
  virtual QString deviceDescription() const = 0;
  virtual std::vector<uint8_t> segment(const std::vector<float>& hu, const Index3& size, const Eigen::Vector3d& spacing, ProgressSink& progress) = 0;
};

// The plugin's one entry point, `heaorta_inference_runtime`, returns this table.
struct InferenceRuntimeApi {
  static constexpr int kAbiVersion = 1;
  int abiVersion;
  // Throws HeaortaError like TorchInference's constructor.
  InferenceEngine* (*create)(const std::filesystem::path& model, const ModelCard& card, InferenceDevice device);
  bool (*cudaAvailable)();
  const char* (*version)();  // "1.13.1"
};

}  // namespace heaorta

extern "C" {
using HeaortaInferenceRuntimeEntry = const heaorta::InferenceRuntimeApi* (*)();
}
