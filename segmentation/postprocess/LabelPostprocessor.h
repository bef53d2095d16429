#pragma once

#include "core/model/LabelMap.h"
#include "segmentation/anatomy/CanonicalFrame.h"

namespace heaorta {

// Cleans a model's labels: the largest connected part of each structure, holes filled, and a
// single "aorta" label split into ascending and descending aorta.
class LabelPostprocessor {
 public:
  // `aortaLabel`: the value a single-aorta model wrote (0 if it has separate channels).
  static void apply(LabelMap& labels, uint8_t aortaLabel);
  // Two aortic parts per slice: the anterior one is ascending. Where the arch makes one part, voxels
  // go to whichever limb's last cross-section is nearer.
  static void splitAorta(LabelMap& labels, uint8_t aortaLabel);
};

}  // namespace heaorta
