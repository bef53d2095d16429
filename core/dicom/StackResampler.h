#pragma once

#include "core/dicom/SliceStackPlanner.h"
#include "core/model/Volume.h"

namespace heaorta {

// Moves decoded frames (in plan order) onto the plan's regular grid: linear interpolation along
// the normal for uneven spacing or gaps, bilinear in-plane shifts for gantry tilt.
class StackResampler {
 public:
  // `stack` holds plan.order.size() frames of columns x rows voxels. Voxels that fall outside
  // every frame (the corners a tilt uncovers) become air (-1024 HU).
  static void resample(const StackPlan& plan, const std::vector<int16_t>& stack, Volume& out);
};

}  // namespace heaorta
