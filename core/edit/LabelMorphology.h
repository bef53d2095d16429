#pragma once

#include "core/edit/EditRegion.h"
#include "core/model/LabelMap.h"

namespace heaorta {

// Clean-up regions for one label, returned for LabelEditor::apply (they edit nothing themselves).
// Connectivity is 6 in 3-D; with a `sliceAxis` >= 0 every slice along it is treated on its own (4).
class LabelMorphology {
 public:
  // Parts of the label other than its largest connected part (to erase).
  static EditRegion allButLargest(const LabelMap& labels, uint8_t label, int sliceAxis = -1);
  // Connected parts smaller than `minVoxels` (to erase).
  static EditRegion islands(const LabelMap& labels, uint8_t label, std::size_t minVoxels, int sliceAxis = -1);
  // Voxels not of the label that it encloses completely (to add).
  static EditRegion holes(const LabelMap& labels, uint8_t label, int sliceAxis = -1);
  // The label's bounding box (empty when it is absent).
  static VoxelBox boundsOf(const LabelMap& labels, uint8_t label);
};

}  // namespace heaorta
