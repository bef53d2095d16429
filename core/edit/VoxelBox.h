#pragma once

#include "core/model/ImageGeometry.h"

#include <algorithm>
#include <cstddef>

namespace heaorta {

// An inclusive box of voxel indices; empty when any max < min.
struct VoxelBox {
  Index3 min{0, 0, 0};
  Index3 max{-1, -1, -1};

  static VoxelBox of(const Index3& voxel) { return {voxel, voxel}; }
  static VoxelBox whole(const Index3& size) { return {{0, 0, 0}, {size[0] - 1, size[1] - 1, size[2] - 1}}; }

  bool empty() const { return max[0] < min[0] || max[1] < min[1] || max[2] < min[2]; }
  int extent(int axis) const { return empty() ? 0 : max[axis] - min[axis] + 1; }
  std::size_t voxelCount() const { return empty() ? 0 : static_cast<std::size_t>(extent(0)) * extent(1) * extent(2); }
  bool contains(int i, int j, int k) const { return i >= min[0] && i <= max[0] && j >= min[1] && j <= max[1] && k >= min[2] && k <= max[2]; }
  // Offset of a voxel inside the box, x fastest.
  std::size_t offset(int i, int j, int k) const {
    return (static_cast<std::size_t>(k - min[2]) * extent(1) + (j - min[1])) * extent(0) + (i - min[0]);
  }
  // True when slice `index` along `axis` crosses the box.
  bool crossesSlice(int axis, int index) const { return !empty() && index >= min[axis] && index <= max[axis]; }

  void include(const Index3& voxel) {
    if (empty()) {
      min = max = voxel;
      return;
    }
    for (int a = 0; a < 3; ++a) {
      min[a] = std::min(min[a], voxel[a]);
      max[a] = std::max(max[a], voxel[a]);
    }
  }
  void include(const VoxelBox& other) {
    if (other.empty()) return;
    include(other.min);
    include(other.max);
  }
  VoxelBox clippedTo(const Index3& size) const {
    VoxelBox b = *this;
    for (int a = 0; a < 3; ++a) {
      b.min[a] = std::max(b.min[a], 0);
      b.max[a] = std::min(b.max[a], size[a] - 1);
    }
    return b;
  }
  bool operator==(const VoxelBox& o) const { return (empty() && o.empty()) || (min == o.min && max == o.max); }
};

}  // namespace heaorta
