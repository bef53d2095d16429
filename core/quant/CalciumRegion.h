#pragma once

#include "core/model/LabelMap.h"

namespace heaorta {

// Where calcium is scored: the label that defines each region.
enum class CalciumRegion : uint8_t { Coronary = 0, AscendingAorta = 1, DescendingAorta = 2 };
constexpr int kCalciumRegionCount = 3;

inline uint8_t labelOf(CalciumRegion region) {
  switch (region) {
    case CalciumRegion::AscendingAorta:
      return AscendingAorta;
    case CalciumRegion::DescendingAorta:
      return DescendingAorta;
    case CalciumRegion::Coronary:
      break;
  }
  return Heart;
}

// -1 for labels that hold no scored region.
inline int regionIndexOf(uint8_t label) {
  switch (label) {
    case Heart:
      return 0;
    case AscendingAorta:
      return 1;
    case DescendingAorta:
      return 2;
    default:
      return -1;
  }
}

inline const char* regionKey(CalciumRegion region) {
  switch (region) {
    case CalciumRegion::AscendingAorta:
      return "aorta_ascending";
    case CalciumRegion::DescendingAorta:
      return "aorta_descending";
    case CalciumRegion::Coronary:
      break;
  }
  return "coronary";
}

}  // namespace heaorta
