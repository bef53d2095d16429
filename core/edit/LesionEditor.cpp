#include "core/edit/LesionEditor.h"

namespace heaorta {

std::vector<ArteryChange> LesionEditor::assign(ArteryAssignments& arteries, const std::vector<Index3>& voxels, Artery artery) {
  std::vector<ArteryChange> changes;
  for (const Index3& v : voxels) {
    const Artery before = arteries.at(v[0], v[1], v[2]);
    if (before == artery) continue;
    arteries.assign(v[0], v[1], v[2], artery);
    changes.push_back({v, before, artery});
  }
  return changes;
}

}  // namespace heaorta
