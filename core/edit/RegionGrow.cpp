#include "core/edit/RegionGrow.h"

#include <vector>

namespace heaorta {

EditRegion RegionGrow::grow(const Volume& ct, const Index3& seed, int minHu, int maxHu, int sliceAxis) {
  const ImageGeometry& g = ct.geometry();
  VoxelBox bounds = VoxelBox::whole(g.size);
  if (sliceAxis >= 0) bounds.min[sliceAxis] = bounds.max[sliceAxis] = seed[sliceAxis];
  const auto inside = [&](int i, int j, int k) {
    if (!bounds.contains(i, j, k)) return false;
    const int hu = ct.at(i, j, k);
    return hu >= minHu && hu <= maxHu;
  };
  EditRegion region = EditRegion::over(bounds);
  if (!inside(seed[0], seed[1], seed[2])) return EditRegion{};
  std::vector<Index3> stack{seed};
  region.at(seed[0], seed[1], seed[2]) = 1;
  VoxelBox reached = VoxelBox::of(seed);
  static constexpr int kSteps[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
  while (!stack.empty()) {
    const Index3 v = stack.back();
    stack.pop_back();
    for (const auto& s : kSteps) {
      const int i = v[0] + s[0], j = v[1] + s[1], k = v[2] + s[2];
      if (!inside(i, j, k) || region.at(i, j, k)) continue;
      region.at(i, j, k) = 1;
      reached.include(Index3{i, j, k});
      stack.push_back({i, j, k});
    }
  }
  return region.cropped(reached);  // the edit and its delta cover only what was reached
}

}  // namespace heaorta
