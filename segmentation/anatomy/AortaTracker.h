#pragma once

#include "core/model/Volume.h"
#include "segmentation/anatomy/ThoraxAnalysis.h"

#include <vector>

namespace heaorta {

// A circular cross-section found on one slice.
struct AortaCircle {
  int slice = 0;
  Eigen::Vector2d centre = Eigen::Vector2d::Zero();  // grid pixels (i, j)
  double radiusMm = 0;
  double score = 0;  // fraction of the circumference with an inward-pointing edge; 0 where interpolated over a gap
  double meanHu = 0;
};

struct AortaTrack {
  std::vector<AortaCircle> circles;  // ascending slice order, one per slice
  bool empty() const { return circles.empty(); }
  int first() const { return circles.front().slice; }
  int last() const { return circles.back().slice; }
};

// Finds the aorta by its round cross-section: candidate circles per slice (gradient Hough with a
// homogeneous blood-HU interior), linked over slices by dynamic programming. The descending aorta
// is seeded beside the spine (the most reliable landmark), the ascending aorta in front of it;
// the arch joins their tops where it is visible. The descending aorta stops at the diaphragm.
class AortaTracker {
 public:
  struct Result {
    AortaTrack descending;
    AortaTrack ascending;
    Mask ascendingMask;
    Mask descendingMask;
    double lumenMeanHu = 0;
    bool archFound = false;
  };

  static std::vector<AortaCircle> candidates(const Volume& ct, const ThoraxAnalysis& thorax, int slice);
  static Result track(const Volume& ct, const ThoraxAnalysis& thorax);
};

}  // namespace heaorta
