#pragma once

#include "core/edit/EditRegion.h"

namespace heaorta {

// Brush footprints in millimetres on the voxel grid: a disc in the plane normal to `sliceAxis`,
// or a sphere when `sliceAxis` is -1. A stroke segment covers every dab along the line between
// two mouse positions, so a fast drag leaves no gaps.
class BrushShape {
 public:
  static EditRegion dab(const ImageGeometry& g, const Index3& centre, double radiusMm, int sliceAxis);
  static EditRegion segment(const ImageGeometry& g, const Index3& from, const Index3& to, double radiusMm, int sliceAxis);
};

}  // namespace heaorta
