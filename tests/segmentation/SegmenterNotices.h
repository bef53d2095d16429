#pragma once

#include "segmentation/Segmenter.h"

#include <algorithm>

namespace heaorta::test {

inline bool hasNotice(const SegmentationResult& r, const char* code) {
  return std::any_of(r.notices.begin(), r.notices.end(), [&](const Notice& n) { return n.code == QLatin1String(code); });
}

}  // namespace heaorta::test
