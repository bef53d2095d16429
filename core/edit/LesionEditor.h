#pragma once

#include "core/edit/EditStep.h"

namespace heaorta {

// Gives a calcified lesion's voxels to an artery (or excludes or unassigns them); returns what
// changed, for the undo step.
class LesionEditor {
 public:
  static std::vector<ArteryChange> assign(ArteryAssignments& arteries, const std::vector<Index3>& voxels, Artery artery);
};

}  // namespace heaorta
