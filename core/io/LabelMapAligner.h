#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Notice.h"

#include <QCoreApplication>

namespace heaorta {

// Puts a label map onto the CT grid. Label files written by other tools often store the same
// voxels with flipped or permuted axes (NIfTI RAS vs DICOM LPS); nearest-neighbour lookup maps
// those exactly. Grids that only overlap get resampled, and the caller is told.
class LabelMapAligner {
  Q_DECLARE_TR_FUNCTIONS(heaorta::LabelMapAligner)

 public:
  static LabelMap alignTo(const LabelMap& labels, const ImageGeometry& target, Notices* notices = nullptr);
  // True when every target voxel centre is a voxel centre of `source` (same grid up to axis order/flip).
  static bool voxelCentresCoincide(const ImageGeometry& source, const ImageGeometry& target);
};

}  // namespace heaorta
