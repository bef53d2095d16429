#include "segmentation/anatomy/ThoraxAnalysis.h"

#include "segmentation/anatomy/CarinaFinder.h"

#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>

namespace heaorta {
namespace {

constexpr int kAirMaxHu = -400;
constexpr int kOutsideAirMaxHu = -960;

// Fills the convex hull of a slice's foreground into `hull` (monotone chain on pixel centres).
void convexHull(const uint8_t* slice, int w, int h, uint8_t* hull) {
  std::vector<Eigen::Vector2d> points;
  for (int j = 0; j < h; ++j) {
    int first = -1, last = -1;
    for (int i = 0; i < w; ++i)
      if (slice[static_cast<std::size_t>(j) * w + i]) {
        if (first < 0) first = i;
        last = i;
      }
    if (first >= 0) {
      points.emplace_back(first, j);
      points.emplace_back(last, j);
    }
  }
  std::fill(hull, hull + static_cast<std::size_t>(w) * h, 0);
  if (points.size() < 3) return;
  std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
  const auto cross = [](const Eigen::Vector2d& o, const Eigen::Vector2d& a, const Eigen::Vector2d& b) {
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
  };
  std::vector<Eigen::Vector2d> chain(2 * points.size());
  std::size_t n = 0;
  for (const auto& p : points) {
    while (n >= 2 && cross(chain[n - 2], chain[n - 1], p) <= 0) --n;
    chain[n++] = p;
  }
  for (std::size_t i = points.size() - 1, lower = n + 1; i-- > 0;) {
    while (n >= lower && cross(chain[n - 2], chain[n - 1], points[i]) <= 0) --n;
    chain[n++] = points[i];
  }
  chain.resize(n - 1);
  // A pixel is inside when it is left of (or on) every counter-clockwise edge.
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      const Eigen::Vector2d p(i, j);
      bool inside = true;
      for (std::size_t e = 0; e < chain.size() && inside; ++e) inside = cross(chain[e], chain[(e + 1) % chain.size()], p) >= -1e-9;
      if (inside) hull[static_cast<std::size_t>(j) * w + i] = 1;
    }
}

}  // namespace

ThoraxAnalysis ThoraxAnalysis::analyse(const Volume& ct, bool contrastRecorded) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1], d = g.size[2];
  const double pixelArea = g.spacing[0] * g.spacing[1];
  ThoraxAnalysis t;

  // Air: outside the patient, lungs and airways, bowel gas. Outside air touches the image border
  // and is uniformly about -1000 HU; lung parenchyma averages -850 (vessels, septa). A crop
  // through the chest has lungs touching the border too, so the border alone cannot decide.
  Mask air(g, 0);
  for (std::size_t v = 0; v < air.voxels().size(); ++v) air.voxels()[v] = ct.voxels()[v] < kAirMaxHu ? 1 : 0;
  std::vector<int32_t> labels;
  const auto parts = maskops::components3d(air, labels);
  // Outside air is mostly below -960 HU; lung parenchyma is not. Judged by the median, not the
  // mean: the skin's partial-volume rim, wide on thick or smoothed slices, lifts the mean of the
  // outside air towards the lungs' (-959 against -964 on one scan).
  std::vector<std::size_t> darkerThanLung(parts.size(), 0);
  for (std::size_t v = 0; v < labels.size(); ++v)
    if (labels[v] && ct.voxels()[v] < kOutsideAirMaxHu) ++darkerThanLung[static_cast<std::size_t>(labels[v] - 1)];
  std::vector<uint8_t> exterior(parts.size() + 1, 0);
  std::size_t largestInside = 0;
  for (std::size_t c = 0; c < parts.size(); ++c) {
    const ComponentInfo& p = parts[c];
    const bool touchesBorder = p.min[0] == 0 || p.min[1] == 0 || p.max[0] == w - 1 || p.max[1] == h - 1;
    exterior[c + 1] = touchesBorder && 2 * darkerThanLung[c] >= p.voxels;  // the median is below -960 HU
    if (!exterior[c + 1]) largestInside = std::max(largestInside, parts[c].voxels);
  }
  const double voxelMl = g.voxelVolumeMm3() / 1000.0;
  t.body = Mask(g, 0);
  t.lungs = Mask(g, 0);
  for (std::size_t v = 0; v < labels.size(); ++v) {
    const std::size_t c = static_cast<std::size_t>(labels[v]);
    t.body.voxels()[v] = exterior[c] ? 0 : 1;
    if (c && !exterior[c] && parts[c - 1].voxels * voxelMl > 50.0 && parts[c - 1].voxels >= largestInside / 5) t.lungs.voxels()[v] = 1;
  }
  // The body is the largest non-exterior region of each slice (drops the table and blankets).
  Mask solid(g, 0);
  for (std::size_t v = 0; v < solid.voxels().size(); ++v)
    solid.voxels()[v] = (t.body.voxels()[v] && (ct.voxels()[v] >= kAirMaxHu || t.lungs.voxels()[v])) ? 1 : 0;
  maskops::largestComponentPerSlice(solid);
  maskops::fillHolesPerSlice(solid);
  t.body = maskops::logicalAnd(solid, t.body);
  t.lungs = maskops::logicalAnd(t.lungs, t.body);

  t.lungAreaMm2.assign(static_cast<std::size_t>(d), 0.0);
  for (int k = 0; k < d; ++k) {
    const uint8_t* s = t.lungs.slice(k);
    t.lungAreaMm2[k] = static_cast<double>(std::count(s, s + static_cast<std::size_t>(w) * h, 1)) * pixelArea;
  }
  const double maxLung = *std::max_element(t.lungAreaMm2.begin(), t.lungAreaMm2.end());
  for (int k = 0; k < d; ++k)
    if (t.lungAreaMm2[k] > 0.1 * maxLung) {
      if (t.firstThoracicSlice < 0) t.firstThoracicSlice = k;
      t.lastThoracicSlice = k;
    }

  t.mediastinum = Mask(g, 0);
  parallelFor(static_cast<std::size_t>(d), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    if (t.lungAreaMm2[k] < 0.05 * maxLung) return;
    uint8_t* m = t.mediastinum.slice(k);
    convexHull(t.lungs.slice(k), w, h, m);
    const uint8_t* lung = t.lungs.slice(k);
    const uint8_t* body = t.body.slice(k);
    for (std::size_t q = 0; q < static_cast<std::size_t>(w) * h; ++q) m[q] = (m[q] && !lung[q] && body[q]) ? 1 : 0;
  });

  // The vertebra: the >= 200 HU blob reaching furthest back near the midline (its posterior
  // elements reach almost to the skin; no vessel does). Its midline comes from those posterior
  // pixels and its front is measured near that midline, so that an enhanced aorta touching the
  // vertebral body cannot drag either.
  t.spine.assign(static_cast<std::size_t>(d), std::nullopt);
  t.spineFront.assign(static_cast<std::size_t>(d), -1);
  parallelFor(static_cast<std::size_t>(d), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    const uint8_t* body = t.body.slice(k);
    double ci = 0, n = 0;
    int jMin = h, jMax = -1;
    for (int j = 0; j < h; ++j)
      for (int i = 0; i < w; ++i)
        if (body[static_cast<std::size_t>(j) * w + i]) {
          ci += i;
          ++n;
          jMin = std::min(jMin, j);
          jMax = std::max(jMax, j);
        }
    if (n < 100) return;
    ci /= n;
    const double halfWidthPx = 45.0 / g.spacing[0];
    std::vector<uint8_t> bone(static_cast<std::size_t>(w) * h, 0);
    for (int j = (jMin + jMax) / 2; j < h; ++j)
      for (int i = 0; i < w; ++i) {
        const std::size_t q = static_cast<std::size_t>(j) * w + i;
        bone[q] = (body[q] && std::abs(i - ci) < halfWidthPx && ct.at(i, j, k) >= 200) ? 1 : 0;
      }
    std::vector<int32_t> lab;
    const auto sizes = maskops::components2d(bone.data(), w, h, lab);
    std::vector<int> back(sizes.size(), -1);
    for (std::size_t q = 0; q < lab.size(); ++q)
      if (lab[q]) back[static_cast<std::size_t>(lab[q] - 1)] = std::max(back[static_cast<std::size_t>(lab[q] - 1)], static_cast<int>(q / w));
    int best = -1, bestBack = -1;
    for (std::size_t c = 0; c < sizes.size(); ++c)
      if (sizes[c] * pixelArea > 150.0 && back[c] > bestBack) {
        bestBack = back[c];
        best = static_cast<int>(c) + 1;
      }
    if (best < 0) return;
    int top = h, bottom = -1;
    for (std::size_t q = 0; q < lab.size(); ++q)
      if (lab[q] == best) top = std::min(top, static_cast<int>(q / w)), bottom = std::max(bottom, static_cast<int>(q / w));
    // Midline: median column of the posterior third of the blob.
    std::vector<int> columns;
    const int posterior = bottom - (bottom - top) / 3;
    for (std::size_t q = 0; q < lab.size(); ++q)
      if (lab[q] == best && static_cast<int>(q / w) >= posterior) columns.push_back(static_cast<int>(q % w));
    std::nth_element(columns.begin(), columns.begin() + static_cast<std::ptrdiff_t>(columns.size() / 2), columns.end());
    const double midline = columns[columns.size() / 2];
    const double nearPx = 12.0 / g.spacing[0];
    int front = h;
    double cj = 0, cn = 0;
    for (std::size_t q = 0; q < lab.size(); ++q)
      if (lab[q] == best && std::abs(static_cast<double>(q % w) - midline) < nearPx) {
        front = std::min(front, static_cast<int>(q / w));
        cj += static_cast<double>(q / w);
        ++cn;
      }
    t.spine[kk] = Eigen::Vector2d(midline, cj / cn);
    t.spineFront[kk] = front;
  });
  // The vertebral column is smooth over a few centimetres: a running median removes slices where
  // a rib head or the aorta was taken for part of the vertebra.
  const int half = std::max(1, static_cast<int>(std::lround(10.0 / g.spacing[2])));
  std::vector<std::optional<Eigen::Vector2d>> smoothSpine(t.spine.size());
  std::vector<int> smoothFront(t.spineFront.size(), -1);
  for (int k = 0; k < d; ++k) {
    std::vector<double> xs, ys, fronts;
    for (int n = std::max(0, k - half); n <= std::min(d - 1, k + half); ++n)
      if (t.spine[n]) xs.push_back(t.spine[n]->x()), ys.push_back(t.spine[n]->y()), fronts.push_back(t.spineFront[n]);
    if (xs.empty() || !t.spine[k]) continue;
    const auto median = [](std::vector<double> v) {
      std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
      return v[v.size() / 2];
    };
    smoothSpine[k] = Eigen::Vector2d(median(xs), median(ys));
    smoothFront[k] = static_cast<int>(median(fronts));
  }
  t.spine = smoothSpine;
  t.spineFront = smoothFront;

  // Contrast: how much of the non-fat mediastinum in front of the vertebral bodies is as bright as
  // enhanced blood. Behind their front edge the lungs' hull takes in vertebral bone, which would
  // outweigh the blood on a scan that covers little besides the heart.
  std::size_t soft = 0, bright = 0;
  for (int k = 0; k < d; ++k)
    for (int j = 0; j < h; ++j) {
      if (t.spineFront[k] >= 0 && j >= t.spineFront[k]) break;
      for (int i = 0; i < w; ++i) {
        if (!t.mediastinum.at(i, j, k)) continue;
        const int hu = ct.at(i, j, k);
        if (hu < -30 || hu > 700) continue;
        ++soft;
        if (hu >= 150) ++bright;
      }
    }
  t.contrastFraction = soft ? static_cast<double>(bright) / soft : 0.0;
  t.contrast = contrastRecorded || t.contrastFraction > 0.2;
  if (t.firstThoracicSlice >= 0) t.carina = CarinaFinder::find(ct, t);
  return t;
}

}  // namespace heaorta
