#pragma once

#include "core/edit/EditRegion.h"
#include "core/model/LabelMap.h"

namespace heaorta {

// Fills the slices between drawn slices: where a label is present on slices a and b along
// `sliceAxis` but absent on every slice between them, the slices between get the shape that
// blends the two outlines (shape-based interpolation of signed distance maps, in millimetres).
class SliceInterpolation {
 public:
  static EditRegion between(const LabelMap& labels, uint8_t label, int sliceAxis);
};

}  // namespace heaorta
