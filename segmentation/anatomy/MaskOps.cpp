#include "segmentation/anatomy/MaskOps.h"

#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace heaorta::maskops {
namespace {

constexpr float kInfinity = std::numeric_limits<float>::max() / 4;

// Felzenszwalb-Huttenlocher lower envelope: squared distances along one line of samples spaced
// `step` mm apart. f holds squared distances so far (0 / infinity initially).
void edt1d(const float* f, float* d, int n, double step, std::vector<int>& v, std::vector<double>& z) {
  v.resize(static_cast<std::size_t>(n));
  z.resize(static_cast<std::size_t>(n) + 1);
  int k = 0;
  v[0] = 0;
  z[0] = -std::numeric_limits<double>::infinity();
  z[1] = std::numeric_limits<double>::infinity();
  for (int q = 1; q < n; ++q) {
    if (f[q] >= kInfinity) continue;
    if (f[v[static_cast<std::size_t>(k)]] >= kInfinity) {
      v[static_cast<std::size_t>(k)] = q;
      continue;
    }
    double s;
    while (true) {
      const int p = v[static_cast<std::size_t>(k)];
      const double pq = q * step, pp = p * step;
      s = ((f[q] + pq * pq) - (f[p] + pp * pp)) / (2 * (pq - pp));
      if (s <= z[static_cast<std::size_t>(k)] && k > 0) {
        --k;
        continue;
      }
      break;
    }
    ++k;
    v[static_cast<std::size_t>(k)] = q;
    z[static_cast<std::size_t>(k)] = s;
    z[static_cast<std::size_t>(k) + 1] = std::numeric_limits<double>::infinity();
  }
  if (f[v[0]] >= kInfinity) {
    for (int q = 0; q < n; ++q) d[q] = kInfinity;
    return;
  }
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[static_cast<std::size_t>(k) + 1] < q * step) ++k;
    const int p = v[static_cast<std::size_t>(k)];
    const double diff = (q - p) * step;
    d[q] = static_cast<float>(diff * diff + f[p]);
  }
}

// Squared-distance pass along `axis` over the whole grid.
void pass(std::vector<float>& grid, const Index3& size, const Eigen::Vector3d& spacing, int axis) {
  const int n = size[axis];
  const int a1 = axis == 0 ? 1 : 0;
  const int a2 = axis == 2 ? 1 : 2;
  const std::size_t stride = axis == 0 ? 1 : axis == 1 ? static_cast<std::size_t>(size[0]) : static_cast<std::size_t>(size[0]) * size[1];
  parallelFor(static_cast<std::size_t>(size[a2]), [&](std::size_t outer) {
    std::vector<float> line(static_cast<std::size_t>(n)), out(static_cast<std::size_t>(n));
    std::vector<int> v;
    std::vector<double> z;
    for (int inner = 0; inner < size[a1]; ++inner) {
      Index3 idx{0, 0, 0};
      idx[a1] = inner;
      idx[a2] = static_cast<int>(outer);
      const std::size_t base = (static_cast<std::size_t>(idx[2]) * size[1] + idx[1]) * size[0] + idx[0];
      for (int q = 0; q < n; ++q) line[static_cast<std::size_t>(q)] = grid[base + q * stride];
      edt1d(line.data(), out.data(), n, spacing[axis], v, z);
      for (int q = 0; q < n; ++q) grid[base + q * stride] = out[static_cast<std::size_t>(q)];
    }
  });
}

std::vector<float> squaredDistance(const Mask& mask, bool threeD) {
  std::vector<float> grid(mask.voxels().size());
  for (std::size_t i = 0; i < grid.size(); ++i) grid[i] = mask.voxels()[i] ? 0.0f : kInfinity;
  pass(grid, mask.size(), mask.geometry().spacing, 0);
  pass(grid, mask.size(), mask.geometry().spacing, 1);
  if (threeD) pass(grid, mask.size(), mask.geometry().spacing, 2);
  return grid;
}

Mask threshold(const Mask& like, const std::vector<float>& squared, double mm, bool below) {
  Mask out(like.geometry(), 0);
  const float limit = static_cast<float>(mm * mm);
  for (std::size_t i = 0; i < squared.size(); ++i) out.voxels()[i] = (below ? squared[i] <= limit : squared[i] > limit) ? 1 : 0;
  return out;
}

Mask inverted(const Mask& m) {
  Mask out(m.geometry(), 0);
  for (std::size_t i = 0; i < m.voxels().size(); ++i) out.voxels()[i] = m.voxels()[i] ? 0 : 1;
  return out;
}

}  // namespace

std::vector<ComponentInfo> components3d(const Mask& mask, std::vector<int32_t>& labels) {
  const Index3& s = mask.size();
  labels.assign(mask.voxels().size(), 0);
  std::vector<ComponentInfo> infos;
  std::vector<std::size_t> stack;
  const std::size_t sx = 1, sy = static_cast<std::size_t>(s[0]), sz = static_cast<std::size_t>(s[0]) * s[1];
  for (std::size_t seed = 0; seed < labels.size(); ++seed) {
    if (!mask.voxels()[seed] || labels[seed]) continue;
    ComponentInfo info;
    const int32_t id = static_cast<int32_t>(infos.size()) + 1;
    info.min = {s[0], s[1], s[2]};
    info.max = {-1, -1, -1};
    stack.assign(1, seed);
    labels[seed] = id;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      const int i = static_cast<int>(v % sy), j = static_cast<int>((v / sy) % s[1]), k = static_cast<int>(v / sz);
      ++info.voxels;
      info.centroid += Eigen::Vector3d(i, j, k);
      info.min = {std::min(info.min[0], i), std::min(info.min[1], j), std::min(info.min[2], k)};
      info.max = {std::max(info.max[0], i), std::max(info.max[1], j), std::max(info.max[2], k)};
      const auto visit = [&](bool inside, std::size_t n) {
        if (inside && mask.voxels()[n] && !labels[n]) {
          labels[n] = id;
          stack.push_back(n);
        }
      };
      visit(i > 0, v - sx);
      visit(i + 1 < s[0], v + sx);
      visit(j > 0, v - sy);
      visit(j + 1 < s[1], v + sy);
      visit(k > 0, v - sz);
      visit(k + 1 < s[2], v + sz);
    }
    info.centroid /= static_cast<double>(info.voxels);
    infos.push_back(info);
  }
  return infos;
}

Mask keepComponents3d(const Mask& mask, const std::function<bool(const ComponentInfo&)>& keep) {
  std::vector<int32_t> labels;
  const auto infos = components3d(mask, labels);
  std::vector<uint8_t> kept(infos.size() + 1, 0);
  for (std::size_t c = 0; c < infos.size(); ++c) kept[c + 1] = keep(infos[c]) ? 1 : 0;
  Mask out(mask.geometry(), 0);
  for (std::size_t v = 0; v < labels.size(); ++v) out.voxels()[v] = kept[static_cast<std::size_t>(labels[v])];
  return out;
}

Mask largestComponent3d(const Mask& mask) {
  std::vector<int32_t> labels;
  const auto infos = components3d(mask, labels);
  if (infos.empty()) return Mask(mask.geometry(), 0);
  const auto best = std::max_element(infos.begin(), infos.end(), [](const ComponentInfo& a, const ComponentInfo& b) { return a.voxels < b.voxels; }) -
                    infos.begin() + 1;
  Mask out(mask.geometry(), 0);
  for (std::size_t v = 0; v < labels.size(); ++v) out.voxels()[v] = labels[v] == best ? 1 : 0;
  return out;
}

std::vector<std::size_t> components2d(const uint8_t* slice, int width, int height, std::vector<int32_t>& labels, int connectivity) {
  const std::size_t n = static_cast<std::size_t>(width) * height;
  labels.assign(n, 0);
  std::vector<std::size_t> sizes;
  std::vector<std::size_t> stack;
  for (std::size_t seed = 0; seed < n; ++seed) {
    if (!slice[seed] || labels[seed]) continue;
    const int32_t id = static_cast<int32_t>(sizes.size()) + 1;
    std::size_t size = 0;
    stack.assign(1, seed);
    labels[seed] = id;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      ++size;
      const int i = static_cast<int>(v % width), j = static_cast<int>(v / width);
      for (int dj = -1; dj <= 1; ++dj)
        for (int di = -1; di <= 1; ++di) {
          const int ni = i + di, nj = j + dj;
          const bool neighbour = connectivity == 4 ? (di == 0) != (dj == 0) : (di || dj);
          if (neighbour && ni >= 0 && nj >= 0 && ni < width && nj < height) {
            const std::size_t q = static_cast<std::size_t>(nj) * width + ni;
            if (slice[q] && !labels[q]) {
              labels[q] = id;
              stack.push_back(q);
            }
          }
        }
    }
    sizes.push_back(size);
  }
  return sizes;
}

void fillHolesPerSlice(Mask& mask) {
  const int w = mask.size()[0], h = mask.size()[1];
  parallelFor(static_cast<std::size_t>(mask.size()[2]), [&](std::size_t k) {
    uint8_t* s = mask.slice(static_cast<int>(k));
    std::vector<uint8_t> outside(static_cast<std::size_t>(w) * h, 0);
    std::vector<std::size_t> stack;
    const auto push = [&](int i, int j) {
      const std::size_t q = static_cast<std::size_t>(j) * w + i;
      if (!s[q] && !outside[q]) {
        outside[q] = 1;
        stack.push_back(q);
      }
    };
    for (int i = 0; i < w; ++i) push(i, 0), push(i, h - 1);
    for (int j = 0; j < h; ++j) push(0, j), push(w - 1, j);
    while (!stack.empty()) {
      const std::size_t q = stack.back();
      stack.pop_back();
      const int i = static_cast<int>(q % w), j = static_cast<int>(q / w);
      if (i > 0) push(i - 1, j);
      if (i + 1 < w) push(i + 1, j);
      if (j > 0) push(i, j - 1);
      if (j + 1 < h) push(i, j + 1);
    }
    for (std::size_t q = 0; q < outside.size(); ++q) s[q] = outside[q] ? 0 : 1;
  });
}

void largestComponentPerSlice(Mask& mask) {
  const int w = mask.size()[0], h = mask.size()[1];
  parallelFor(static_cast<std::size_t>(mask.size()[2]), [&](std::size_t k) {
    uint8_t* s = mask.slice(static_cast<int>(k));
    std::vector<int32_t> labels;
    const auto sizes = components2d(s, w, h, labels);
    if (sizes.empty()) return;
    const int32_t best = static_cast<int32_t>(std::max_element(sizes.begin(), sizes.end()) - sizes.begin()) + 1;
    for (std::size_t q = 0; q < labels.size(); ++q) s[q] = labels[q] == best ? 1 : 0;
  });
}

std::vector<float> distanceToForeground(const Mask& mask) {
  std::vector<float> d = squaredDistance(mask, true);
  for (float& v : d) v = std::sqrt(v);
  return d;
}

std::vector<float> distanceToForeground2d(const Mask& mask) {
  std::vector<float> d = squaredDistance(mask, false);
  for (float& v : d) v = std::sqrt(v);
  return d;
}

Mask dilate(const Mask& mask, double mm) { return threshold(mask, squaredDistance(mask, true), mm, true); }
Mask erode(const Mask& mask, double mm) { return inverted(dilate(inverted(mask), mm)); }
Mask open(const Mask& mask, double mm) { return dilate(erode(mask, mm), mm); }
Mask close(const Mask& mask, double mm) { return erode(dilate(mask, mm), mm); }
Mask dilate2d(const Mask& mask, double mm) { return threshold(mask, squaredDistance(mask, false), mm, true); }
Mask erode2d(const Mask& mask, double mm) { return inverted(dilate2d(inverted(mask), mm)); }

std::size_t count(const Mask& mask) {
  return static_cast<std::size_t>(std::count_if(mask.voxels().begin(), mask.voxels().end(), [](uint8_t v) { return v != 0; }));
}

Mask logicalAnd(const Mask& a, const Mask& b) {
  Mask out(a.geometry(), 0);
  for (std::size_t i = 0; i < out.voxels().size(); ++i) out.voxels()[i] = (a.voxels()[i] && b.voxels()[i]) ? 1 : 0;
  return out;
}

Mask logicalAndNot(const Mask& a, const Mask& b) {
  Mask out(a.geometry(), 0);
  for (std::size_t i = 0; i < out.voxels().size(); ++i) out.voxels()[i] = (a.voxels()[i] && !b.voxels()[i]) ? 1 : 0;
  return out;
}

Mask logicalOr(const Mask& a, const Mask& b) {
  Mask out(a.geometry(), 0);
  for (std::size_t i = 0; i < out.voxels().size(); ++i) out.voxels()[i] = (a.voxels()[i] || b.voxels()[i]) ? 1 : 0;
  return out;
}

}  // namespace heaorta::maskops
