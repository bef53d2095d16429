#pragma once

#include "core/edit/VoxelBox.h"

#include <cstdint>
#include <vector>

namespace heaorta {

// What a tool wants to change: a box and a modifier mask over it (1 = this voxel, x fastest).
struct EditRegion {
  VoxelBox box;
  std::vector<uint8_t> mask;

  static EditRegion over(const VoxelBox& box) { return {box, std::vector<uint8_t>(box.voxelCount(), 0)}; }
  bool empty() const { return box.empty(); }
  uint8_t& at(int i, int j, int k) { return mask[box.offset(i, j, k)]; }
  uint8_t at(int i, int j, int k) const { return mask[box.offset(i, j, k)]; }
  std::size_t selectedCount() const;
  // The same selection over a smaller box (which must lie inside this one).
  EditRegion cropped(const VoxelBox& inner) const;
};

}  // namespace heaorta
