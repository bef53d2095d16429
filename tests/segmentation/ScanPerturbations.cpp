#include "tests/segmentation/ScanPerturbations.h"

#include "segmentation/anatomy/MaskOps.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace heaorta::test {

namespace {

constexpr int16_t kAir = -1000;
constexpr int kAirMaxHu = -400;

// The geometry of `g` with `extra` voxels added on both sides of the first two axes (x, or x and
// y), and `ct` copied into it with air around.
Volume widened(const Volume& ct, int extra, bool alsoRows) {
  ImageGeometry w = ct.geometry();
  const int extraRows = alsoRows ? extra : 0;
  w.size[0] += 2 * extra;
  w.size[1] += 2 * extraRows;
  w.origin -= w.direction.col(0) * (extra * w.spacing[0]) + w.direction.col(1) * (extraRows * w.spacing[1]);
  Volume out(w, kAir);
  out.metadata() = ct.metadata();
  const Index3 n = ct.size();
  for (int k = 0; k < n[2]; ++k)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) out.at(i + extra, j + extraRows, k) = ct.at(i, j, k);
  return out;
}

// A multiple of 4 voxels, so that the segmenter's in-plane blocks fall as they did.
int paddingVoxels(const Volume& ct, double mm) { return 4 * static_cast<int>(std::lround(mm / ct.geometry().spacing[0] / 4)); }

// Per slice: 1 for air reached from the image border (outside the patient, under the table), 2 for
// air inside the body (lungs, airways, bowel gas), 0 for tissue.
std::vector<uint8_t> airOnSlice(const Volume& ct, int k) {
  const int w = ct.size()[0], h = ct.size()[1];
  std::vector<uint8_t> air(static_cast<std::size_t>(w) * h, 0);
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) air[static_cast<std::size_t>(j) * w + i] = ct.at(i, j, k) < kAirMaxHu ? 2 : 0;
  std::vector<std::size_t> stack;
  for (int i = 0; i < w; ++i) stack.push_back(static_cast<std::size_t>(i)), stack.push_back(static_cast<std::size_t>(h - 1) * w + i);
  for (int j = 0; j < h; ++j) stack.push_back(static_cast<std::size_t>(j) * w), stack.push_back(static_cast<std::size_t>(j) * w + w - 1);
  while (!stack.empty()) {
    const std::size_t q = stack.back();
    stack.pop_back();
    if (air[q] != 2) continue;
    air[q] = 1;
    const int i = static_cast<int>(q % w), j = static_cast<int>(q / w);
    if (i > 0) stack.push_back(q - 1);
    if (i < w - 1) stack.push_back(q + 1);
    if (j > 0) stack.push_back(q - w);
    if (j < h - 1) stack.push_back(q + w);
  }
  return air;
}

}  // namespace

Volume withPleuralEffusion(const Volume& ct, double depthMm, double heightMm) {
  Volume out = ct;
  const ImageGeometry& g = ct.geometry();
  const Index3 n = g.size;
  std::vector<std::vector<uint8_t>> air(static_cast<std::size_t>(n[2]));
  std::vector<std::size_t> lungVoxels(static_cast<std::size_t>(n[2]), 0);
  for (int k = 0; k < n[2]; ++k) {
    air[k] = airOnSlice(ct, k);
    lungVoxels[k] = static_cast<std::size_t>(std::count(air[k].begin(), air[k].end(), 2));
  }
  // The lungs' base: the lowest slice with a tenth of the largest lung area.
  const std::size_t most = *std::max_element(lungVoxels.begin(), lungVoxels.end());
  int base = 0;
  while (base < n[2] && lungVoxels[static_cast<std::size_t>(base)] < most / 10) ++base;
  std::mt19937 noise(11);
  std::normal_distribution<double> hu(15.0, 10.0);
  for (int k = base; k < n[2]; ++k) {
    const double depth = depthMm * (1.0 - (k - base) * g.spacing[2] / heightMm);
    if (depth <= 0) break;
    // Rows run front to back (LPS): fluid settles at high j, from the lung's back edge forwards.
    for (int i = 0; i < n[0]; ++i) {
      int j = n[1] - 1;
      while (j >= 0 && air[k][static_cast<std::size_t>(j) * n[0] + i] != 2) --j;
      for (double filled = 0; j >= 0 && filled < depth && air[k][static_cast<std::size_t>(j) * n[0] + i] == 2; --j, filled += g.spacing[1])
        out.at(i, j, k) = static_cast<int16_t>(std::lround(hu(noise)));
    }
  }
  return out;
}

Volume withArmsDown(const Volume& ct, double padMm, double lengthMm) {
  const ImageGeometry& g = ct.geometry();
  const int extra = paddingVoxels(ct, padMm);
  Volume out = widened(ct, extra, false);
  const ImageGeometry& w = out.geometry();
  const Index3 n = g.size;
  std::mt19937 noise(7);
  std::normal_distribution<double> jitter(0.0, 12.0);
  const double px = g.spacing[0], py = g.spacing[1];
  for (int k = n[2] - 1; k >= 0 && (n[2] - 1 - k) * g.spacing[2] <= lengthMm; --k) {
    // The chest wall's outer edge on the lungs' middle row.
    const std::vector<uint8_t> air = airOnSlice(ct, k);
    double sumJ = 0, count = 0;
    int lungLeft = n[0], lungRight = -1;
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i)
        if (air[static_cast<std::size_t>(j) * n[0] + i] == 2)
          sumJ += j, ++count, lungLeft = std::min(lungLeft, i), lungRight = std::max(lungRight, i);
    if (count == 0) continue;
    const int cy = static_cast<int>(sumJ / count);
    const auto outside = [&](int i) { return air[static_cast<std::size_t>(cy) * n[0] + i] == 1; };
    int left = lungLeft, right = lungRight;
    while (left > 0 && !outside(left - 1)) --left;
    while (right < n[0] - 1 && !outside(right + 1)) ++right;
    // LPS: low i is the patient's right. The right arm pressed 5 mm into the chest wall on this row
    // (touching it above and below), the left 10 mm away.
    for (const double side : {-1.0, 1.0}) {
      const double gap = side < 0 ? -5.0 : 10.0;
      const double cx = (side < 0 ? left : right) + extra + side * (gap + 45.0) / px;
      for (int j = 0; j < n[1]; ++j)
        for (int i = 0; i < w.size[0]; ++i) {
          const double dx = (i - cx) * px, dy = (j - cy) * py;
          const double r = std::hypot(dx / 45.0, dy / 55.0);  // the arm: 90 x 110 mm
          if (r > 1.0) continue;
          const double bone = std::hypot(dx, dy);
          double v = r > 0.85 ? -100 : 45;               // fat under the skin, muscle
          if (bone < 12.0) v = bone > 8.5 ? 1100 : 150;  // humerus: cortex and marrow
          out.at(i, j, k) = static_cast<int16_t>(std::lround(v + jitter(noise)));
        }
    }
  }
  return out;
}

Volume withSubcutaneousFat(const Volume& ct, double thicknessMm) {
  const int extra = paddingVoxels(ct, thicknessMm + 10.0);
  Volume out = widened(ct, extra, true);
  const ImageGeometry& g = out.geometry();
  const Index3 n = g.size;
  // The body: on each slice the largest region that is not outside air (the table drops out).
  Mask body(g, 0);
  for (int k = 0; k < n[2]; ++k) {
    const std::vector<uint8_t> air = airOnSlice(out, k);
    std::transform(air.begin(), air.end(), body.slice(k), [](uint8_t a) { return a == 1 ? 0 : 1; });
  }
  maskops::largestComponentPerSlice(body);
  const std::vector<float> distance = maskops::distanceToForeground2d(body);
  std::mt19937 noise(5);
  std::normal_distribution<double> jitter(0.0, 12.0);
  for (int k = 0; k < n[2]; ++k) {
    // The back lies on the table: fat grows sideways and in front only.
    int back = -1;
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i)
        if (body.at(i, j, k)) back = std::max(back, j);
    for (int j = 0; j <= back; ++j)
      for (int i = 0; i < n[0]; ++i) {
        const std::size_t q = g.linearIndex(i, j, k);
        const double d = distance[q];
        if (body.voxels()[q] || d > thicknessMm || out.voxels()[q] >= kAirMaxHu) continue;
        const double hu = d > thicknessMm - 2.0 ? 30.0 : -100.0;  // skin over fat
        out.voxels()[q] = static_cast<int16_t>(std::lround(hu + jitter(noise)));
      }
  }
  return out;
}

Volume withoutSubcutaneousFat(const Volume& ct, double depthMm) {
  Volume out = ct;
  const ImageGeometry& g = ct.geometry();
  Mask outside(g, 0);
  for (int k = 0; k < g.size[2]; ++k) {
    const std::vector<uint8_t> air = airOnSlice(ct, k);
    std::transform(air.begin(), air.end(), outside.slice(k), [](uint8_t a) { return a == 1 ? 1 : 0; });
  }
  const std::vector<float> fromOutside = maskops::distanceToForeground2d(outside);
  std::mt19937 noise(3);
  std::normal_distribution<double> jitter(0.0, 12.0);
  for (std::size_t q = 0; q < out.voxels().size(); ++q) {
    const int16_t v = ct.voxels()[q];
    if (!outside.voxels()[q] && fromOutside[q] <= depthMm && v >= -190 && v <= -30)
      out.voxels()[q] = static_cast<int16_t>(std::lround(40 + jitter(noise)));
  }
  return out;
}

LabelMap padded(const LabelMap& labels, const ImageGeometry& wider) {
  LabelMap out(wider);
  const int extra = (wider.size[0] - labels.size()[0]) / 2, extraRows = (wider.size[1] - labels.size()[1]) / 2;
  const Index3 n = labels.size();
  for (int k = 0; k < n[2]; ++k)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) out.at(i + extra, j + extraRows, k) = labels.at(i, j, k);
  return out;
}

Volume reversedAxes(const Volume& ct) {
  ImageGeometry g = ct.geometry();
  const Index3 n = g.size;
  g.origin = ct.geometry().indexToPatient(Eigen::Vector3d(n[0] - 1, n[1] - 1, n[2] - 1));
  g.direction = -g.direction;
  Volume out(g, 0);
  out.metadata() = ct.metadata();
  for (int k = 0; k < n[2]; ++k)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) out.at(n[0] - 1 - i, n[1] - 1 - j, n[2] - 1 - k) = ct.at(i, j, k);
  return out;
}

namespace {
template <typename TImage>
TImage sliceRange(const TImage& image, int first, int last, TImage out) {
  const std::size_t count = image.geometry().sliceVoxelCount();
  for (int k = first; k <= last; ++k) std::copy_n(image.slice(k), count, out.slice(k - first));
  return out;
}
ImageGeometry rangeGeometry(const ImageGeometry& g, int first, int last) {
  ImageGeometry r = g;
  r.size[2] = last - first + 1;
  r.origin += g.direction.col(2) * (first * g.spacing[2]);
  return r;
}
}  // namespace

Volume slices(const Volume& ct, int first, int last) {
  Volume out(rangeGeometry(ct.geometry(), first, last), 0);
  out.metadata() = ct.metadata();
  return sliceRange(ct, first, last, std::move(out));
}

LabelMap slices(const LabelMap& labels, int first, int last) {
  return sliceRange(labels, first, last, LabelMap(rangeGeometry(labels.geometry(), first, last)));
}

}  // namespace heaorta::test
