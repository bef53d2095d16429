#pragma once

#include "core/edit/EditRegion.h"
#include "core/model/Volume.h"

namespace heaorta {

// Fill / region grow: the voxels connected to the seed (6-connected in 3-D, 4-connected in a slice)
// whose HU lie in [minHu, maxHu]. `sliceAxis` -1 grows in 3-D, else within the seed's slice.
class RegionGrow {
 public:
  static EditRegion grow(const Volume& ct, const Index3& seed, int minHu, int maxHu, int sliceAxis);
};

}  // namespace heaorta
