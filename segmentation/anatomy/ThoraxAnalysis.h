#pragma once

#include "core/model/Volume.h"
#include "segmentation/anatomy/MaskOps.h"

#include <optional>
#include <vector>

namespace heaorta {

// Landmarks every later step leans on, found on the canonical analysis grid (i left, j posterior,
// k superior). A landmark that is not found stays empty; callers say so instead of guessing.
struct ThoraxAnalysis {
  Mask body;                                          // per slice, holes filled
  Mask lungs;                                         // both lungs and the airways
  Mask mediastinum;                                   // inside the lungs' convex hull, not lung
  std::vector<double> lungAreaMm2;                    // per slice
  std::vector<std::optional<Eigen::Vector2d>> spine;  // vertebra centroid per slice (i, j)
  std::vector<int> spineFront;                        // most anterior j of the vertebra per slice (-1 if none)
  bool contrast = false;
  double contrastFraction = 0;  // of non-fat mediastinal voxels in 150-700 HU
  int firstThoracicSlice = -1;  // lowest and highest slices with substantial lung
  int lastThoracicSlice = -1;
  std::optional<int> carina;  // slice where the trachea divides (CarinaFinder)

  static ThoraxAnalysis analyse(const Volume& ct, bool contrastRecorded);
};

}  // namespace heaorta
