#include "core/io/VolumeLimits.h"

#include "core/util/Error.h"

namespace heaorta {

int64_t VolumeLimits::checkGrid(const std::filesystem::path& file, const std::vector<int64_t>& dims) {
  const QString name = QString::fromStdString(file.string());
  // No dimension (a MetaImage with NDims = 0): MetaIO then writes its data into ITK's one-voxel
  // buffer and past it (found by VolumeFileFuzzer: the heap corrupted, `heaorta info` aborted).
  if (dims.empty()) throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the header declares no dimensions: it holds no image").arg(name));
  int64_t voxels = 1, volumes = 1;
  for (std::size_t d = 0; d < dims.size(); ++d) {
    if (dims[d] <= 0)
      throw HeaortaError(ErrorCode::InvalidInput, tr("%1: dimension %2 has size %3: the image is empty").arg(name).arg(d + 1).arg(dims[d]));
    (d < 3 ? voxels : volumes) *= dims[d];
  }
  if (volumes > 1)
    throw HeaortaError(ErrorCode::Unsupported, tr("%1: a %2-D image holding %3 volumes (a time series or vector image); a CT study is one 3-D volume")
                                                   .arg(name)
                                                   .arg(dims.size())
                                                   .arg(volumes));
  if (voxels > kMaxVoxels)
    throw HeaortaError(ErrorCode::Unsupported, tr("%1: the header declares %2 million voxels; at most %3 million fit in memory as one CT volume")
                                                   .arg(name)
                                                   .arg(static_cast<double>(voxels) / 1e6, 0, 'f', 0)
                                                   .arg(static_cast<double>(kMaxVoxels) / 1e6, 0, 'f', 0));
  return voxels;
}

}  // namespace heaorta
