#pragma once

#include <QCoreApplication>
#include <cstdint>
#include <filesystem>
#include <vector>

namespace heaorta {

// What a volume file's header may declare before anything is read or allocated: one 3-D grid with
// no empty dimension and at most 2^31 voxels (4 GiB of int16; a 512 x 512 x 8192 study). Our NIfTI
// header check and the ITK header check of every format share it.
class VolumeLimits {
  Q_DECLARE_TR_FUNCTIONS(heaorta::VolumeLimits)

 public:
  static constexpr int64_t kMaxVoxels = int64_t(1) << 31;
  // `dims`: the header's sizes, first to last. Returns the voxels of the 3-D grid; throws
  // HeaortaError (InvalidInput for an empty dimension, Unsupported for more than one volume or more
  // than kMaxVoxels).
  static int64_t checkGrid(const std::filesystem::path& file, const std::vector<int64_t>& dims);
};

}  // namespace heaorta
