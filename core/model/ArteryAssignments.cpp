#include "core/model/ArteryAssignments.h"

namespace heaorta {

const char* arteryKey(Artery artery) {
  switch (artery) {
    case Artery::LM:
      return "LM";
    case Artery::LAD:
      return "LAD";
    case Artery::LCX:
      return "LCX";
    case Artery::RCA:
      return "RCA";
    case Artery::Other:
      return "other";
    case Artery::Excluded:
      return "excluded";
    case Artery::Unassigned:
      break;
  }
  return "unassigned";
}

ArteryAssignments::ArteryAssignments(const ImageGeometry& geometry)
    : width_(geometry.size[0]), height_(geometry.size[1]), slices_(static_cast<std::size_t>(geometry.size[2])) {}

void ArteryAssignments::assign(int i, int j, int k, Artery artery) {
  const uint32_t key = static_cast<uint32_t>(j) * width_ + i;
  if (artery == Artery::Unassigned)
    slices_[k].erase(key);
  else
    slices_[k][key] = artery;
}

Artery ArteryAssignments::at(int i, int j, int k) const {
  const auto& s = slices_[k];
  const auto it = s.find(static_cast<uint32_t>(j) * width_ + i);
  return it == s.end() ? Artery::Unassigned : it->second;
}

std::size_t ArteryAssignments::assignedCount() const {
  std::size_t n = 0;
  for (const auto& s : slices_) n += s.size();
  return n;
}

}  // namespace heaorta

namespace heaorta {

std::size_t ArteryAssignments::excludedCount() const {
  std::size_t n = 0;
  for (const auto& s : slices_)
    for (const auto& [key, artery] : s) n += artery == Artery::Excluded;
  return n;
}

}  // namespace heaorta
