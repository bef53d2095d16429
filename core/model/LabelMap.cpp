#include "core/model/LabelMap.h"

#include <algorithm>

namespace heaorta {

const char* labelKey(uint8_t label) {
  switch (label) {
    case Background: return "background";
    case Heart: return "heart";
    case AscendingAorta: return "ascending_aorta";
    case DescendingAorta: return "descending_aorta";
    default: return "other";
  }
}

std::size_t LabelMap::count(uint8_t label) const {
  return static_cast<std::size_t>(std::count(voxels_.begin(), voxels_.end(), label));
}

std::array<std::size_t, kLabelCount> LabelMap::histogram() const {
  std::array<std::size_t, kLabelCount> counts{};
  for (const uint8_t v : voxels_) ++counts[v];
  return counts;
}

}  // namespace heaorta
