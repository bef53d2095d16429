#include "core/model/LabelComparison.h"

#include <algorithm>

namespace heaorta {

LabelOverlap compareLabels(const LabelMap& segmentation, const LabelMap& reference, std::initializer_list<uint8_t> segmentedLabels,
                           std::initializer_list<uint8_t> referenceLabels) {
  bool inSeg[256] = {}, inRef[256] = {};
  for (uint8_t l : segmentedLabels) inSeg[l] = true;
  for (uint8_t l : referenceLabels) inRef[l] = true;
  LabelOverlap o;
  const auto& a = segmentation.voxels();
  const auto& b = reference.voxels();
  for (std::size_t v = 0; v < std::min(a.size(), b.size()); ++v) {
    const bool s = inSeg[a[v]], r = inRef[b[v]];
    o.segmented += s;
    o.reference += r;
    o.both += s && r;
  }
  return o;
}

}  // namespace heaorta
