#pragma once

#include <QString>

namespace heaorta {

// "LibTorch 1.13.1 (CPU)" or "... (CUDA)": which inference runtime this build carries.
QString inferenceRuntimeVersion();

}  // namespace heaorta
