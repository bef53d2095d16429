#include "segmentation/anatomy/CanonicalFrame.h"

#include "core/util/Error.h"

#include <array>
#include <cmath>

namespace heaorta {

CanonicalFrame::CanonicalFrame(const ImageGeometry& g) : source_(g) {
  std::array<bool, 3> used{false, false, false};
  for (int a = 0; a < 3; ++a) {
    int best = -1;
    for (int b = 0; b < 3; ++b)
      if (!used[b] && (best < 0 || std::abs(g.direction(a, b)) > std::abs(g.direction(a, best)))) best = b;
    if (std::abs(g.direction(a, best)) < std::cos(25.0 * M_PI / 180.0))
      throw HeaortaError(ErrorCode::Unsupported,
                         tr("Segmentation needs slices near the standard planes; this volume is oblique. Reformat it first."));
    used[best] = true;
    axisOf_[a] = best;
    flip_[a] = g.direction(a, best) < 0 ? 1 : 0;
    size_[a] = g.size[best];
    spacing_[a] = g.spacing[best];
  }
}

std::size_t CanonicalFrame::sourceOffset(int i, int j, int k) const {
  const Index3 q = sourceIndex(i, j, k);
  return source_.linearIndex(q[0], q[1], q[2]);
}

}  // namespace heaorta
