#pragma once

#include "core/dicom/DicomFrameHeader.h"
#include "core/model/ImageGeometry.h"
#include "core/model/Notice.h"

#include <QCoreApplication>
#include <vector>

namespace heaorta {

struct StackOptions {
  bool correctGantryTilt = true;       // resample sheared (tilted) stacks onto an orthogonal grid
  bool resampleMissingSlices = false;  // interpolate across gaps instead of refusing the series
};

// How decoded frames become a volume: which frame goes where, and whether the stack must be
// resampled (gaps, uneven spacing, gantry tilt) to reach a regular orthogonal grid.
struct StackPlan {
  std::vector<std::size_t> order;              // frame indices, ascending along the slice normal
  std::vector<double> offsets;                 // of each ordered frame from the first, along the normal (mm)
  std::vector<Eigen::Vector2d> inPlaneShifts;  // of each ordered frame from the first, along row/column (mm)
  double sliceSpacing = 0.0;                   // the regular spacing of the output grid
  double tiltDegrees = 0.0;
  bool needsResampling = false;
  ImageGeometry geometry;  // of the output volume
  Notices notices;
};

class SliceStackPlanner {
  Q_DECLARE_TR_FUNCTIONS(heaorta::SliceStackPlanner)

 public:
  // Throws HeaortaError when the frames cannot form one volume (mixed orientations or sizes,
  // different images at one position, fewer than 3 slices, gaps unless allowed, tilt unless allowed).
  static StackPlan plan(const std::vector<DicomFrameHeader>& frames, const StackOptions& options = {});
};

}  // namespace heaorta
