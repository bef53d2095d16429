#include "core/model/Volume.h"

#include <algorithm>

namespace heaorta {

HuRange Volume::huRange() const {
  if (voxels_.empty()) return {};
  const auto [lo, hi] = std::minmax_element(voxels_.begin(), voxels_.end());
  return {*lo, *hi};
}

}  // namespace heaorta
