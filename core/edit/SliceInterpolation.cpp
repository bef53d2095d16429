#include "core/edit/SliceInterpolation.h"

#include "core/edit/LabelMorphology.h"

#include <cmath>
#include <limits>
#include <vector>

namespace heaorta {
namespace {

constexpr double kFar = 1e20;

// Squared distance transform of a sampled function along one line (Felzenszwalb & Huttenlocher),
// with samples `step` millimetres apart.
void distance1d(std::vector<double>& f, double step) {
  const int n = static_cast<int>(f.size());
  std::vector<double> d(n), z(n + 1);
  std::vector<int> v(n);
  int k = 0;
  v[0] = 0;
  z[0] = -std::numeric_limits<double>::infinity();
  z[1] = std::numeric_limits<double>::infinity();
  const double s2 = step * step;
  for (int q = 1; q < n; ++q) {
    double s = ((f[q] + s2 * q * q) - (f[v[k]] + s2 * v[k] * v[k])) / (2.0 * s2 * (q - v[k]));
    while (s <= z[k]) {
      --k;
      s = ((f[q] + s2 * q * q) - (f[v[k]] + s2 * v[k] * v[k])) / (2.0 * s2 * (q - v[k]));
    }
    ++k;
    v[k] = q;
    z[k] = s;
    z[k + 1] = std::numeric_limits<double>::infinity();
  }
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[k + 1] < q) ++k;
    d[q] = s2 * (q - v[k]) * (q - v[k]) + f[v[k]];
  }
  f.swap(d);
}

// Euclidean distance (mm) from every pixel to the nearest pixel where `seed` is true.
std::vector<double> distanceTo(const std::vector<bool>& seed, int nu, int nv, double du, double dv) {
  std::vector<double> grid(seed.size());
  for (std::size_t q = 0; q < seed.size(); ++q) grid[q] = seed[q] ? 0.0 : kFar;
  std::vector<double> line;
  for (int v = 0; v < nv; ++v) {
    line.assign(grid.begin() + static_cast<std::ptrdiff_t>(v) * nu, grid.begin() + static_cast<std::ptrdiff_t>(v + 1) * nu);
    distance1d(line, du);
    std::copy(line.begin(), line.end(), grid.begin() + static_cast<std::ptrdiff_t>(v) * nu);
  }
  line.resize(nv);
  for (int u = 0; u < nu; ++u) {
    for (int v = 0; v < nv; ++v) line[v] = grid[static_cast<std::size_t>(v) * nu + u];
    distance1d(line, dv);
    for (int v = 0; v < nv; ++v) grid[static_cast<std::size_t>(v) * nu + u] = line[v];
  }
  for (double& x : grid) x = std::sqrt(x);
  return grid;
}

}  // namespace

EditRegion SliceInterpolation::between(const LabelMap& labels, uint8_t label, int sliceAxis) {
  const VoxelBox bounds = LabelMorphology::boundsOf(labels, label);
  if (bounds.empty()) return {};
  const int au = sliceAxis == 0 ? 1 : 0;
  const int av = sliceAxis == 2 ? 1 : 2;
  // In-plane window: the label's bounds plus a margin, so that distances are measured correctly.
  VoxelBox window = bounds;
  for (int a : {au, av}) window.min[a] -= 2, window.max[a] += 2;
  window = window.clippedTo(labels.size());
  const int nu = window.extent(au), nv = window.extent(av);
  const double du = labels.geometry().spacing[au], dv = labels.geometry().spacing[av];
  const auto voxel = [&](int u, int v, int s) {
    Index3 p;
    p[au] = window.min[au] + u;
    p[av] = window.min[av] + v;
    p[sliceAxis] = s;
    return p;
  };
  const auto maskOf = [&](int s) {
    std::vector<bool> m(static_cast<std::size_t>(nu) * nv);
    for (int v = 0; v < nv; ++v)
      for (int u = 0; u < nu; ++u) {
        const Index3 p = voxel(u, v, s);
        m[static_cast<std::size_t>(v) * nu + u] = labels.at(p[0], p[1], p[2]) == label;
      }
    return m;
  };
  // Signed distance: negative inside, positive outside (half a pixel at the border on both sides).
  const auto signedDistance = [&](const std::vector<bool>& inside) {
    std::vector<bool> outside(inside.size());
    for (std::size_t q = 0; q < inside.size(); ++q) outside[q] = !inside[q];
    const std::vector<double> toInside = distanceTo(inside, nu, nv, du, dv);
    const std::vector<double> toOutside = distanceTo(outside, nu, nv, du, dv);
    std::vector<double> d(inside.size());
    for (std::size_t q = 0; q < d.size(); ++q) d[q] = inside[q] ? -toOutside[q] : toInside[q];
    return d;
  };
  std::vector<int> present;
  for (int s = bounds.min[sliceAxis]; s <= bounds.max[sliceAxis]; ++s) {
    const std::vector<bool> m = maskOf(s);
    if (std::find(m.begin(), m.end(), true) != m.end()) present.push_back(s);
  }
  EditRegion region = EditRegion::over(window);
  for (std::size_t p = 0; p + 1 < present.size(); ++p) {
    const int a = present[p], b = present[p + 1];
    if (b - a < 2) continue;
    const std::vector<double> da = signedDistance(maskOf(a)), db = signedDistance(maskOf(b));
    for (int s = a + 1; s < b; ++s) {
      const double t = static_cast<double>(s - a) / (b - a);
      for (int v = 0; v < nv; ++v)
        for (int u = 0; u < nu; ++u) {
          const std::size_t q = static_cast<std::size_t>(v) * nu + u;
          if ((1 - t) * da[q] + t * db[q] < 0) {
            const Index3 x = voxel(u, v, s);
            region.at(x[0], x[1], x[2]) = 1;
          }
        }
    }
  }
  return region;
}

}  // namespace heaorta
