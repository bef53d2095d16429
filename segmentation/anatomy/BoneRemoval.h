#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "segmentation/anatomy/MaskOps.h"

namespace heaorta {

struct BoneRemovalResult {
  Mask bone;  // on the CT grid
  bool contrast = false;
  double contrastFraction = 0;
};

// Spine, sternum and ribs for any labels (model or fallback): found on the analysis grid, where
// the skeleton is told from calcified plaques by size, by reaching the chest wall, and by lying
// mostly outside the heart and aorta.
class BoneRemoval {
 public:
  static BoneRemovalResult find(const Volume& ct, const LabelMap& labels);
};

}  // namespace heaorta
