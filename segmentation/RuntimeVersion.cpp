#include "segmentation/RuntimeVersion.h"

#include <torch/cuda.h>
#include <torch/version.h>

namespace heaorta {

QString inferenceRuntimeVersion() {
  return QStringLiteral("LibTorch %1 (%2)").arg(QLatin1String(TORCH_VERSION), torch::cuda::is_available() ? QStringLiteral("CUDA") : QStringLiteral("CPU"));
}

}  // namespace heaorta
