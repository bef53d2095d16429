#include "core/io/LabelMapAligner.h"

#include "core/util/Parallel.h"

#include <Eigen/LU>
#include <cmath>

namespace heaorta {
namespace {

// Maps a target voxel index to a continuous source index: source = A * target + b.
struct IndexMap {
  Eigen::Matrix3d a;
  Eigen::Vector3d b;
};

IndexMap indexMap(const ImageGeometry& source, const ImageGeometry& target) {
  const Eigen::Matrix3d toSource = source.spacing.cwiseInverse().asDiagonal() * source.direction.inverse();
  IndexMap m;
  m.a = toSource * target.direction * target.spacing.asDiagonal();
  m.b = toSource * (target.origin - source.origin);
  return m;
}

}  // namespace

bool LabelMapAligner::voxelCentresCoincide(const ImageGeometry& source, const ImageGeometry& target) {
  const IndexMap m = indexMap(source, target);
  const auto isInteger = [](double v) { return std::abs(v - std::round(v)) < 1e-3; };
  for (int r = 0; r < 3; ++r) {
    if (!isInteger(m.b[r])) return false;
    for (int c = 0; c < 3; ++c)
      if (!isInteger(m.a(r, c))) return false;
  }
  // A permutation with signs, and the whole target inside the source.
  if (std::abs(std::abs(m.a.determinant()) - 1.0) > 1e-3) return false;
  for (int corner = 0; corner < 8; ++corner) {
    const Eigen::Vector3d idx((corner & 1) ? target.size[0] - 1 : 0, (corner & 2) ? target.size[1] - 1 : 0, (corner & 4) ? target.size[2] - 1 : 0);
    const Eigen::Vector3d s = m.a * idx + m.b;
    if (!source.contains(static_cast<int>(std::lround(s[0])), static_cast<int>(std::lround(s[1])), static_cast<int>(std::lround(s[2])))) return false;
  }
  return true;
}

LabelMap LabelMapAligner::alignTo(const LabelMap& labels, const ImageGeometry& target, Notices* notices) {
  const ImageGeometry& source = labels.geometry();
  if (source.sameGrid(target)) {
    LabelMap same(target);
    same.voxels() = labels.voxels();
    return same;
  }
  if (notices && !voxelCentresCoincide(source, target))
    notices->push_back(
        {QStringLiteral("labels-resampled"), tr("The label map is on a different grid than the CT; it was resampled (nearest neighbour).")});
  LabelMap out(target);
  const IndexMap m = indexMap(source, target);
  parallelFor(static_cast<std::size_t>(target.size[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    for (int j = 0; j < target.size[1]; ++j) {
      Eigen::Vector3d s = m.a * Eigen::Vector3d(0, j, k) + m.b;
      const Eigen::Vector3d step = m.a.col(0);
      uint8_t* row = out.slice(k) + static_cast<std::size_t>(j) * target.size[0];
      for (int i = 0; i < target.size[0]; ++i, s += step) {
        const int si = static_cast<int>(std::lround(s[0]));
        const int sj = static_cast<int>(std::lround(s[1]));
        const int sk = static_cast<int>(std::lround(s[2]));
        row[i] = source.contains(si, sj, sk) ? labels.at(si, sj, sk) : static_cast<uint8_t>(Background);
      }
    }
  });
  return out;
}

}  // namespace heaorta
