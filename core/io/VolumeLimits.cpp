#include "core/io/VolumeLimits.h"

#include "core/util/Error.h"

namespace heaorta {

void VolumeLimits::checkVoxelCount(const std::filesystem::path& file, int64_t voxels) {
  if (voxels <= kMaxVoxels) return;
  throw HeaortaError(ErrorCode::Unsupported, tr("%1: the header declares %2 million voxels; at most %3 million fit in memory as one CT volume")
                                                 .arg(QString::fromStdString(file.string()))
                                                 .arg(static_cast<double>(voxels) / 1e6, 0, 'f', 0)
                                                 .arg(static_cast<double>(kMaxVoxels) / 1e6, 0, 'f', 0));
}

}  // namespace heaorta
