#pragma once

#include <QCoreApplication>
#include <cstdint>
#include <filesystem>

namespace heaorta {

// The largest volume we allocate: 2^31 voxels (4 GiB of int16; a 512 x 512 x 8192 study). A header
// declaring more is refused before anything is allocated.
class VolumeLimits {
  Q_DECLARE_TR_FUNCTIONS(heaorta::VolumeLimits)

 public:
  static constexpr int64_t kMaxVoxels = int64_t(1) << 31;
  // Throws HeaortaError (Unsupported) when `voxels` exceeds kMaxVoxels.
  static void checkVoxelCount(const std::filesystem::path& file, int64_t voxels);
};

}  // namespace heaorta
