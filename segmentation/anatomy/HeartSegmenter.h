#pragma once

#include "segmentation/anatomy/AortaTracker.h"
#include "segmentation/anatomy/DiaphragmModel.h"

namespace heaorta {

// The heart within the pericardial sac: mediastinal soft tissue between the diaphragm and the
// aortic root level (or 2 cm below the carina when the root is not found), in front of the
// descending aorta, without the aorta; closed so that the epicardial fat in its grooves belongs to
// it, and grown into the fat layer on its surface. On contrast CT (where the fallback is only an aid)
// it follows the enhanced chambers and myocardium instead.
class HeartSegmenter {
 public:
  struct Result {
    Mask heart;
    int topSlice = -1;
    int bottomSlice = -1;
    bool topFromCarina = false;
    bool topUnplaced = false;  // the scan cuts the aorta (starts below the arch) and no carina was found
    bool diaphragmFitted = false;
  };
  static Result segment(const Volume& ct, const ThoraxAnalysis& thorax, const AortaTracker::Result& aorta);
};

// Spine, sternum, ribs and other skeleton, which must never count as calcium.
class BoneMaskBuilder {
 public:
  static Mask build(const Volume& ct, const ThoraxAnalysis& thorax, const Mask& heartAndAorta);
};

}  // namespace heaorta
