#include "core/edit/BrushShape.h"

#include <cmath>

namespace heaorta {

EditRegion BrushShape::dab(const ImageGeometry& g, const Index3& centre, double radiusMm, int sliceAxis) {
  return segment(g, centre, centre, radiusMm, sliceAxis);
}

EditRegion BrushShape::segment(const ImageGeometry& g, const Index3& from, const Index3& to, double radiusMm, int sliceAxis) {
  // A voxel is covered when its centre lies within the radius of the segment (a capsule); at least
  // the voxel under the cursor is always covered, however small the brush.
  Index3 reach;
  for (int a = 0; a < 3; ++a) reach[a] = a == sliceAxis ? 0 : static_cast<int>(std::floor(radiusMm / g.spacing[a]));
  VoxelBox box;
  for (const Index3& p : {from, to}) {
    Index3 lo, hi;
    for (int a = 0; a < 3; ++a) lo[a] = p[a] - reach[a], hi[a] = p[a] + reach[a];
    box.include(VoxelBox{lo, hi});
  }
  box = box.clippedTo(g.size);
  EditRegion region = EditRegion::over(box);
  if (box.empty()) return region;
  const Eigen::Vector3d a(from[0] * g.spacing[0], from[1] * g.spacing[1], from[2] * g.spacing[2]);
  const Eigen::Vector3d b(to[0] * g.spacing[0], to[1] * g.spacing[1], to[2] * g.spacing[2]);
  const Eigen::Vector3d ab = b - a;
  const double length2 = ab.squaredNorm();
  const double r2 = radiusMm * radiusMm + 1e-9;
  for (int k = box.min[2]; k <= box.max[2]; ++k)
    for (int j = box.min[1]; j <= box.max[1]; ++j)
      for (int i = box.min[0]; i <= box.max[0]; ++i) {
        const Index3 v{i, j, k};
        if (sliceAxis >= 0 && v[sliceAxis] != from[sliceAxis] && v[sliceAxis] != to[sliceAxis]) continue;
        const Eigen::Vector3d p(i * g.spacing[0], j * g.spacing[1], k * g.spacing[2]);
        const double t = length2 > 0 ? std::clamp((p - a).dot(ab) / length2, 0.0, 1.0) : 0.0;
        Eigen::Vector3d d = p - (a + t * ab);
        if (sliceAxis >= 0) d[sliceAxis] = 0;
        if (d.squaredNorm() <= r2 || (v == from) || (v == to)) region.at(i, j, k) = 1;
      }
  return region;
}

}  // namespace heaorta
