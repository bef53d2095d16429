#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "viewers/model/LabelDisplay.h"
#include "viewers/model/WindowPreset.h"

#include <cstdint>
#include <vector>

namespace heaorta {

// Composites what is drawn over one CT slice into RGBA: the HU highlight, then the labels
// (filled, or only their in-plane borders). Pixels follow the volume's own axis order with the
// slice axis collapsed, so the result lines up with the CT slice voxel for voxel.
class SliceOverlayBuilder {
 public:
  // `labels` may be null (no segmentation yet). Output: 4 bytes per pixel, premultiplied no.
  static void build(const Volume& volume, const LabelMap* labels, int sliceAxis, int slice, const HuHighlight& highlight, const LabelDisplay& display,
                    std::vector<uint8_t>& rgba);
};

}  // namespace heaorta
