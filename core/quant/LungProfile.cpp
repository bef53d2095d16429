#include "core/quant/LungProfile.h"

#include "core/util/Parallel.h"

#include <algorithm>

namespace heaorta {

namespace {
constexpr int kTissueHu = -300;
constexpr int kAirHu = -500;
}  // namespace

std::vector<double> airInsideBodyCm2(const Volume& ct) {
  const ImageGeometry& g = ct.geometry();
  const int nx = g.size[0], ny = g.size[1], nz = g.size[2];
  std::vector<double> area(static_cast<std::size_t>(nz), 0.0);
  // On full-size slices every other row and column is plenty: the check compares areas in
  // quarters of the largest, and this runs on every study opened.
  const int step = nx >= 256 && ny >= 256 ? 2 : 1;
  const double pixelCm2 = g.pixelAreaMm2() * step * step / 100.0;
  parallelFor(static_cast<std::size_t>(nz), [&](std::size_t kz) {
    const auto* slice = ct.slice(static_cast<int>(kz));
    const auto hu = [&](int i, int j) { return slice[static_cast<std::size_t>(j) * nx + i]; };
    // The tissue extent of every column (first and last row with tissue).
    std::vector<int> top(static_cast<std::size_t>(nx), ny), bottom(static_cast<std::size_t>(nx), -1);
    for (int j = 0; j < ny; j += step)
      for (int i = 0; i < nx; i += step)
        if (hu(i, j) > kTissueHu) {
          top[static_cast<std::size_t>(i)] = std::min(top[static_cast<std::size_t>(i)], j);
          bottom[static_cast<std::size_t>(i)] = j;
        }
    uint64_t air = 0;
    for (int j = 0; j < ny; j += step) {
      int left = nx, right = -1;
      for (int i = 0; i < nx; i += step)
        if (hu(i, j) > kTissueHu) left = std::min(left, i), right = i;
      for (int i = left + step; i < right; i += step)
        air += j > top[static_cast<std::size_t>(i)] && j < bottom[static_cast<std::size_t>(i)] && hu(i, j) < kAirHu;
    }
    area[kz] = air * pixelCm2;
  });
  return area;
}

}  // namespace heaorta
