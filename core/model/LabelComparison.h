#pragma once

#include "core/model/LabelMap.h"

namespace heaorta {

// Overlap of one label between a segmentation and a reference on the same grid.
struct LabelOverlap {
  std::size_t segmented = 0;
  std::size_t reference = 0;
  std::size_t both = 0;
  double dice() const { return segmented + reference ? 2.0 * both / (segmented + reference) : 1.0; }
};

// `segmentedLabels` / `referenceLabels`: which values count as the structure in each map
// (e.g. aorta = {2, 3} against a reference that has one aorta label).
LabelOverlap compareLabels(const LabelMap& segmentation, const LabelMap& reference, std::initializer_list<uint8_t> segmentedLabels,
                           std::initializer_list<uint8_t> referenceLabels);

}  // namespace heaorta
