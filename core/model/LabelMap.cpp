#include "core/model/LabelMap.h"

#include <algorithm>
#include <cmath>

namespace heaorta {

std::array<uint8_t, 3> labelDefaultRgb(uint8_t label) {
  switch (label) {
    case Heart:
      return {235, 70, 70};
    case AscendingAorta:
      return {255, 150, 30};
    case DescendingAorta:
      return {40, 150, 255};
    default:
      break;
  }
  // Further labels: hues spread around the circle (HSV with s 200/255, v 230/255).
  const int h = (label * 47) % 360;
  const double v = 230, c = v * 200 / 255.0, x = c * (1 - std::abs(std::fmod(h / 60.0, 2) - 1)), m = v - c;
  double r = 0, g = 0, b = 0;
  if (h < 60)
    r = c, g = x;
  else if (h < 120)
    r = x, g = c;
  else if (h < 180)
    g = c, b = x;
  else if (h < 240)
    g = x, b = c;
  else if (h < 300)
    r = x, b = c;
  else
    r = c, b = x;
  return {static_cast<uint8_t>(std::lround(r + m)), static_cast<uint8_t>(std::lround(g + m)), static_cast<uint8_t>(std::lround(b + m))};
}

const char* labelKey(uint8_t label) {
  switch (label) {
    case Background:
      return "background";
    case Heart:
      return "heart";
    case AscendingAorta:
      return "ascending_aorta";
    case DescendingAorta:
      return "descending_aorta";
    default:
      return "other";
  }
}

std::size_t LabelMap::count(uint8_t label) const { return static_cast<std::size_t>(std::count(voxels_.begin(), voxels_.end(), label)); }

std::array<std::size_t, kLabelCount> LabelMap::histogram() const {
  std::array<std::size_t, kLabelCount> counts{};
  for (const uint8_t v : voxels_) ++counts[v];
  return counts;
}

}  // namespace heaorta
