#include "core/dicom/StackResampler.h"

#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace heaorta {
namespace {

constexpr int16_t kAir = -1024;

// Bilinear sample of one frame at a continuous pixel position; nullopt outside the frame.
std::optional<double> sampleFrame(const int16_t* frame, int width, int height, double x, double y) {
  if (x < -1e-6 || y < -1e-6 || x > width - 1 + 1e-6 || y > height - 1 + 1e-6) return std::nullopt;
  const int x0 = std::clamp(static_cast<int>(std::floor(x)), 0, width - 1);
  const int y0 = std::clamp(static_cast<int>(std::floor(y)), 0, height - 1);
  const int x1 = std::min(x0 + 1, width - 1);
  const int y1 = std::min(y0 + 1, height - 1);
  const double fx = x - x0;
  const double fy = y - y0;
  const auto at = [&](int xx, int yy) { return static_cast<double>(frame[static_cast<std::size_t>(yy) * width + xx]); };
  return (1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x1, y0)) + fy * ((1 - fx) * at(x0, y1) + fx * at(x1, y1));
}

}  // namespace

void StackResampler::resample(const StackPlan& plan, const std::vector<int16_t>& stack, Volume& out) {
  const ImageGeometry& g = plan.geometry;
  const int width = g.size[0];
  const int height = g.size[1];
  const std::size_t frameVoxels = g.sliceVoxelCount();
  const auto frame = [&](std::size_t s) { return stack.data() + s * frameVoxels; };

  parallelFor(static_cast<std::size_t>(g.size[2]), [&](std::size_t k) {
    const double z = static_cast<double>(k) * plan.sliceSpacing;
    // Bracketing frames a <= z <= b along the normal.
    const auto upper = std::lower_bound(plan.offsets.begin(), plan.offsets.end(), z - 1e-6);
    std::size_t b = std::min<std::size_t>(static_cast<std::size_t>(upper - plan.offsets.begin()), plan.offsets.size() - 1);
    std::size_t a = (plan.offsets[b] > z + 1e-6 && b > 0) ? b - 1 : b;
    const double span = plan.offsets[b] - plan.offsets[a];
    const double w = span > 1e-9 ? (z - plan.offsets[a]) / span : 0.0;
    // A shear varies linearly between the two frames too.
    const Eigen::Vector2d shiftA = plan.inPlaneShifts[a];
    const Eigen::Vector2d shiftB = plan.inPlaneShifts[b];
    int16_t* dst = out.slice(static_cast<int>(k));
    for (int j = 0; j < height; ++j) {
      for (int i = 0; i < width; ++i) {
        const auto va = sampleFrame(frame(a), width, height, i - shiftA.x() / g.spacing[0], j - shiftA.y() / g.spacing[1]);
        const auto vb = sampleFrame(frame(b), width, height, i - shiftB.x() / g.spacing[0], j - shiftB.y() / g.spacing[1]);
        double value = kAir;
        if (va && vb)
          value = (1 - w) * *va + w * *vb;
        else if (va && w < 0.5)
          value = *va;
        else if (vb && w >= 0.5)
          value = *vb;
        dst[static_cast<std::size_t>(j) * width + i] = static_cast<int16_t>(std::lround(value));
      }
    }
  });
}

}  // namespace heaorta
