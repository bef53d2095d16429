#include "segmentation/anatomy/AortaTracker.h"

#include "segmentation/anatomy/AortaOutline.h"

#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace heaorta {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kArchAboveCarinaMm = 20.0;
constexpr double kJumpMm = 5.0;

struct BloodRange {
  int low, high, maxStd;
};

BloodRange bloodRange(bool contrast) { return contrast ? BloodRange{150, 800, 150} : BloodRange{0, 100, 40}; }

// Per-slice positions with gaps filled from the nearest slices that have one.
std::vector<Eigen::Vector2d> filledSpine(const ThoraxAnalysis& t) {
  const int d = static_cast<int>(t.spine.size());
  std::vector<Eigen::Vector2d> out(static_cast<std::size_t>(d), Eigen::Vector2d(-1, -1));
  for (int k = 0; k < d; ++k) {
    for (int off = 0; off < d; ++off) {
      const int a = k - off, b = k + off;
      if (a >= 0 && t.spine[a]) {
        out[k] = Eigen::Vector2d(t.spine[a]->x(), t.spineFront[a]);
        break;
      }
      if (b < d && t.spine[b]) {
        out[k] = Eigen::Vector2d(t.spine[b]->x(), t.spineFront[b]);
        break;
      }
    }
  }
  return out;
}

// Links candidates into the cheapest track over [from, to]: a path through slices that may skip
// up to kMaxGap - 1 slices where the circle is not visible (interpolated afterwards).
// unary(c) < 0 rewards a candidate; +inf forbids it. The track may start and end anywhere.
AortaTrack link(const std::vector<std::vector<AortaCircle>>& cands, int from, int to, double pixelMm, double sliceMm,
                const std::function<double(const AortaCircle&)>& unary) {
  constexpr int kMaxGap = 5;
  constexpr double kGapPenalty = 0.4;  // per skipped slice
  AortaTrack track;
  if (from > to) return track;
  const double step = std::max(6.0, sliceMm);
  const auto pairwise = [&](const AortaCircle& a, const AortaCircle& b, int slices) {
    const double dist = (a.centre - b.centre).norm() * pixelMm;
    const double allowed = step * slices;
    if (dist > 2.5 * allowed) return kInf;
    return (dist / allowed) * (dist / allowed) + std::abs(a.radiusMm - b.radiusMm) / 5.0 + kGapPenalty * (slices - 1);
  };
  struct Node {
    double cost = kInf;
    int backSlice = -1, backIndex = -1;
  };
  std::vector<std::vector<Node>> nodes(static_cast<std::size_t>(to - from + 1));
  double bestCost = 0;
  int bestSlice = -1, bestIndex = -1;
  for (int k = from; k <= to; ++k) {
    const auto& cs = cands[static_cast<std::size_t>(k)];
    auto& row = nodes[static_cast<std::size_t>(k - from)];
    row.assign(cs.size(), Node{});
    for (std::size_t c = 0; c < cs.size(); ++c) {
      const double u = unary(cs[c]);
      if (u == kInf) continue;
      Node best{u, -1, -1};  // start a track here
      for (int gap = 1; gap <= kMaxGap && k - gap >= from; ++gap) {
        const auto& prevRow = nodes[static_cast<std::size_t>(k - gap - from)];
        const auto& prevCands = cands[static_cast<std::size_t>(k - gap)];
        for (std::size_t p = 0; p < prevRow.size(); ++p) {
          if (prevRow[p].cost == kInf) continue;
          const double v = prevRow[p].cost + u + pairwise(prevCands[p], cs[c], gap);
          if (v < best.cost) best = {v, k - gap, static_cast<int>(p)};
        }
      }
      row[c] = best;
      if (best.cost < bestCost) bestCost = best.cost, bestSlice = k, bestIndex = static_cast<int>(c);
    }
  }
  if (bestSlice < 0) return track;
  std::vector<AortaCircle> reversed;
  for (int k = bestSlice, c = bestIndex; k >= 0;) {
    const AortaCircle& here = cands[static_cast<std::size_t>(k)][static_cast<std::size_t>(c)];
    if (!reversed.empty()) {
      // Fill skipped slices by linear interpolation between the two visible circles. A copy: the
      // pushes below may move `reversed` (AddressSanitizer: a reference read freed memory).
      const AortaCircle above = reversed.back();
      for (int s = above.slice - 1; s > k; --s) {
        const double t = static_cast<double>(s - k) / (above.slice - k);
        AortaCircle filled = here;
        filled.slice = s;
        filled.centre = here.centre + t * (above.centre - here.centre);
        filled.radiusMm = here.radiusMm + t * (above.radiusMm - here.radiusMm);
        filled.score = 0;
        reversed.push_back(filled);
      }
    }
    reversed.push_back(here);
    const Node& n = nodes[static_cast<std::size_t>(k - from)][static_cast<std::size_t>(c)];
    k = n.backSlice;
    c = n.backIndex;
  }
  track.circles.assign(reversed.rbegin(), reversed.rend());
  return track;
}

// Drops the track below the highest gap across which it moved sideways more than a near-vertical
// vessel does (5 mm, plus half the gap's height).
void trimBelowSidewaysJump(AortaTrack& track, double pixelMm, double sliceMm) {
  auto& cs = track.circles;
  int above = -1;  // the last circle seen (not interpolated), going down
  for (int n = static_cast<int>(cs.size()) - 1; n >= 0; --n) {
    const AortaCircle& c = cs[static_cast<std::size_t>(n)];
    if (c.score == 0) continue;
    if (above >= 0) {
      const AortaCircle& a = cs[static_cast<std::size_t>(above)];
      const double gapMm = (a.slice - c.slice - 1) * sliceMm;
      if (gapMm > 0 && (a.centre - c.centre).norm() * pixelMm > kJumpMm + 0.5 * gapMm) {
        cs.erase(cs.begin(), cs.begin() + above);
        return;
      }
    }
    above = n;
  }
}

constexpr int kNoLumenThreshold = std::numeric_limits<int>::min();

// The voxels of the circle's slice within `radius` (voxels) of its centre, outside the lungs and,
// unless `threshold` is kNoLumenThreshold, at or above it.
std::vector<uint8_t> circleSection(const Volume& ct, const ThoraxAnalysis& t, const AortaCircle& c, double radius, int threshold) {
  const int w = ct.size()[0], h = ct.size()[1];
  const uint8_t* lung = t.lungs.slice(c.slice);
  std::vector<uint8_t> inside(static_cast<std::size_t>(w) * h, 0);
  for (int j = std::max(0, static_cast<int>(c.centre.y() - radius - 1)); j <= std::min(h - 1, static_cast<int>(c.centre.y() + radius + 1)); ++j)
    for (int i = std::max(0, static_cast<int>(c.centre.x() - radius - 1)); i <= std::min(w - 1, static_cast<int>(c.centre.x() + radius + 1)); ++i) {
      const std::size_t q = static_cast<std::size_t>(j) * w + i;
      if ((Eigen::Vector2d(i, j) - c.centre).norm() <= radius && !lung[q] && (threshold == kNoLumenThreshold || ct.at(i, j, c.slice) >= threshold))
        inside[q] = 1;
    }
  return inside;
}

// The lumen component a circle stands for: the one under its centre, else the largest inside it
// (interpolated and off-centre circles may miss the lumen by a voxel or two). 0 when none.
int32_t lumenComponent(const std::vector<int32_t>& labels, const std::vector<std::size_t>& sizes, int w, int h, const Eigen::Vector2d& centre) {
  const int ci = std::clamp(static_cast<int>(std::lround(centre.x())), 0, w - 1);
  const int cj = std::clamp(static_cast<int>(std::lround(centre.y())), 0, h - 1);
  if (const int32_t under = labels[static_cast<std::size_t>(cj) * w + ci]) return under;
  const auto largest = std::max_element(sizes.begin(), sizes.end());
  return largest == sizes.end() || *largest == 0 ? 0 : static_cast<int32_t>(largest - sizes.begin()) + 1;
}

// The aorta on one slice: the circle (non-contrast, where the wall cannot be told from the
// blood), or the enhanced lumen within a slightly larger circle (contrast) connected to the centre.
void paintSection(Mask& mask, const Volume& ct, const ThoraxAnalysis& t, const AortaCircle& c, double pixelMm, int lumenThreshold) {
  const bool lumen = lumenThreshold != kNoLumenThreshold;
  const int w = mask.size()[0], h = mask.size()[1];
  const std::vector<uint8_t> inside = circleSection(ct, t, c, (c.radiusMm + (lumen ? 4.0 : 0.0)) / pixelMm, lumenThreshold);
  uint8_t* m = mask.slice(c.slice);
  if (!lumen) {
    for (std::size_t q = 0; q < inside.size(); ++q) m[q] |= inside[q];
    return;
  }
  std::vector<int32_t> labels;
  const auto sizes = maskops::components2d(inside.data(), w, h, labels);
  const int32_t centre = lumenComponent(labels, sizes, w, h, c.centre);
  for (std::size_t q = 0; q < inside.size(); ++q)
    if (centre && labels[q] == centre) m[q] = 1;
}

// Follows an enhanced lumen from slice `start` towards `stop` (exclusive): on each next slice, the
// lumen connected to the previous cross-section, as long as its area changes plausibly. Returns
// the last slice reached.
int propagateLumen(Mask& mask, const Volume& ct, const ThoraxAnalysis& t, int start, int step, int stop, int threshold, double maxGrowth,
                   double maxTotalGrowth, double reachMm) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1];
  const std::size_t n = static_cast<std::size_t>(w) * h;
  std::vector<uint8_t> section(mask.slice(start), mask.slice(start) + n);
  const auto area = [](const std::vector<uint8_t>& s) { return static_cast<double>(std::count(s.begin(), s.end(), 1)); };
  const double initial = area(section);
  if (initial < 4) return start;
  int reached = start;
  Mask near(ImageGeometry{{w, h, 1}, g.spacing, g.origin, g.direction}, 0);
  for (int k = start + step; k != stop && k >= 0 && k < g.size[2]; k += step) {
    // A tube moves little from slice to slice: look only near the previous cross-section.
    std::copy(section.begin(), section.end(), near.slice(0));
    const Mask reach = maskops::dilate2d(near, std::max(reachMm, g.spacing[2]));
    // The lumen's brightness drifts along the aorta: follow it relative to the last section.
    std::vector<int> sectionHu;
    const int16_t* previousSlice = ct.slice(k - step);
    for (std::size_t q = 0; q < n; ++q)
      if (section[q]) sectionHu.push_back(previousSlice[q]);
    std::nth_element(sectionHu.begin(), sectionHu.begin() + static_cast<std::ptrdiff_t>(sectionHu.size() / 2), sectionHu.end());
    const int local = std::max(threshold, static_cast<int>(0.7 * sectionHu[sectionHu.size() / 2]));
    std::vector<uint8_t> lumen(n, 0);
    const uint8_t* lung = t.lungs.slice(k);
    for (std::size_t q = 0; q < n; ++q) lumen[q] = (reach.voxels()[q] && !lung[q] && ct.slice(k)[q] >= local) ? 1 : 0;
    std::vector<int32_t> labels;
    const auto sizes = maskops::components2d(lumen.data(), w, h, labels);
    std::vector<uint8_t> overlapping(sizes.size() + 1, 0);
    for (std::size_t q = 0; q < n; ++q)
      if (section[q] && labels[q]) overlapping[static_cast<std::size_t>(labels[q])] = 1;
    std::vector<uint8_t> next(n, 0);
    for (std::size_t q = 0; q < n; ++q) next[q] = overlapping[static_cast<std::size_t>(labels[q])];
    const double a = area(next), previous = area(section);
    if (a < 0.3 * previous || a > maxGrowth * previous || a > maxTotalGrowth * initial) break;
    uint8_t* m = mask.slice(k);
    for (std::size_t q = 0; q < n; ++q) m[q] |= next[q];
    section = next;
    reached = k;
  }
  return reached;
}

// The radius at which the image actually has the lumen's edge: on 36 rays from the centre, the
// strongest drop in (smoothed) HU between 5 and 25 mm; the median over rays that have one.
double refinedRadius(const Volume& ct, const AortaCircle& c) {
  const ImageGeometry& g = ct.geometry();
  const double px = g.spacing[0];
  const auto sample = [&](double x, double y) { return AortaOutline::smoothedHu(ct, Eigen::Vector2d(x, y), c.slice); };
  std::vector<double> radii;
  for (int ray = 0; ray < 36; ++ray) {
    const double a = ray * M_PI / 18;
    const Eigen::Vector2d dir(std::cos(a), std::sin(a));
    double best = 0, bestR = -1;
    double previous = sample(c.centre.x() + dir.x() * 5.0 / px, c.centre.y() + dir.y() * 5.0 / px);
    for (double r = 5.5; r <= 25.0; r += 0.5) {
      const double v = sample(c.centre.x() + dir.x() * r / px, c.centre.y() + dir.y() * r / px);
      if (previous - v > best) best = previous - v, bestR = r - 0.25;
      previous = v;
    }
    if (bestR > 0 && best > 10.0) radii.push_back(bestR);
  }
  if (radii.size() < 12) return c.radiusMm;
  std::nth_element(radii.begin(), radii.begin() + static_cast<std::ptrdiff_t>(radii.size() / 2), radii.end());
  return radii[radii.size() / 2];
}

// The fraction of the circle's disc (lungs excluded) that the mask already covers.
double lumenCoverage(const Mask& mask, const Volume& ct, const ThoraxAnalysis& t, const AortaCircle& c, double pixelMm) {
  const std::vector<uint8_t> inside = circleSection(ct, t, c, c.radiusMm / pixelMm, kNoLumenThreshold);
  const uint8_t* m = mask.slice(c.slice);
  double disc = 0, covered = 0;
  for (std::size_t q = 0; q < inside.size(); ++q)
    if (inside[q]) ++disc, covered += m[q] ? 1 : 0;
  return disc > 0 ? covered / disc : 1.0;
}

// With contrast, moves a circle onto the enhanced lumen it sits on: the lumen's centroid within
// the circle (plus a margin), repeated while it moves. Hough circles on an enhanced aorta beside
// the bright vertebra tend to sit off-centre, and then only part of the lumen gets painted.
void recentreOnLumen(AortaCircle& c, const Volume& ct, const ThoraxAnalysis& t, double pixelMm, int lumenThreshold) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1];
  const Eigen::Vector2d start = c.centre;
  for (int iteration = 0; iteration < 4; ++iteration) {
    const std::vector<uint8_t> inside = circleSection(ct, t, c, (c.radiusMm + 6.0) / pixelMm, lumenThreshold);
    std::vector<int32_t> labels;
    const auto sizes = maskops::components2d(inside.data(), w, h, labels);
    const int32_t centre = lumenComponent(labels, sizes, w, h, c.centre);
    if (!centre) return;
    Eigen::Vector2d sum(0, 0);
    double count = 0;
    for (int j = 0; j < h; ++j)
      for (int i = 0; i < w; ++i)
        if (labels[static_cast<std::size_t>(j) * w + i] == centre) sum += Eigen::Vector2d(i, j), ++count;
    const Eigen::Vector2d moved = sum / count;
    // Never wander off to another vessel: at most one radius from where the track put it.
    if ((moved - start).norm() * pixelMm > c.radiusMm) return;
    const bool settled = (moved - c.centre).norm() < 0.5;
    c.centre = moved;
    c.radiusMm = refinedRadius(ct, c);
    if (settled) return;
  }
}

// The outermost slice (searching from `from` in direction `step`) whose section has at least half
// the median section area: the track's end circles may sit off the lumen.
int solidEnd(const Mask& mask, int from, int step, int until) {
  const std::size_t n = static_cast<std::size_t>(mask.size()[0]) * mask.size()[1];
  std::vector<std::size_t> areas;
  for (int k = 0; k < mask.size()[2]; ++k) {
    const auto a = static_cast<std::size_t>(std::count(mask.slice(k), mask.slice(k) + n, 1));
    if (a) areas.push_back(a);
  }
  if (areas.empty()) return from;
  std::nth_element(areas.begin(), areas.begin() + static_cast<std::ptrdiff_t>(areas.size() / 2), areas.end());
  const std::size_t half = areas[areas.size() / 2] * 7 / 10;
  for (int k = from; k != until; k += step)
    if (static_cast<std::size_t>(std::count(mask.slice(k), mask.slice(k) + n, 1)) >= half) return k;
  return from;
}

}  // namespace

std::vector<AortaCircle> AortaTracker::candidates(const Volume& ct, const ThoraxAnalysis& thorax, int k) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1];
  const double px = g.spacing[0];
  const BloodRange blood = bloodRange(thorax.contrast);
  std::vector<float> s(static_cast<std::size_t>(w) * h, 0.0f);
  for (int j = 1; j + 1 < h; ++j)
    for (int i = 1; i + 1 < w; ++i) {
      float sum = 0;
      for (int dj = -1; dj <= 1; ++dj)
        for (int di = -1; di <= 1; ++di) sum += std::clamp<float>(ct.at(i + di, j + dj, k), -1000.0f, 1000.0f);
      s[static_cast<std::size_t>(j) * w + i] = sum / 9.0f;
    }
  const uint8_t* medi = thorax.mediastinum.slice(k);
  const uint8_t* lung = thorax.lungs.slice(k);
  const int rMin = static_cast<int>(std::floor(8.0 / px)), rMax = static_cast<int>(std::ceil(21.0 / px));
  const int nr = rMax - rMin + 1;
  std::vector<float> acc(static_cast<std::size_t>(nr) * w * h, 0.0f);
  for (int j = 1; j + 1 < h; ++j)
    for (int i = 1; i + 1 < w; ++i) {
      const std::size_t q = static_cast<std::size_t>(j) * w + i;
      if (!medi[q] && !lung[q]) continue;  // edges of mediastinal structures, including against lung
      const float gx = 0.5f * (s[q + 1] - s[q - 1]);
      const float gy = 0.5f * (s[q + w] - s[q - w]);
      const float mag = std::sqrt(gx * gx + gy * gy);
      if (mag < 15.0f) continue;
      const float weight = std::min(mag, 80.0f) / 80.0f;
      const float ux = gx / mag, uy = gy / mag;  // towards the brighter side: into the lumen
      for (int r = rMin; r <= rMax; ++r) {
        const int ci = static_cast<int>(std::lround(i + r * ux)), cj = static_cast<int>(std::lround(j + r * uy));
        if (ci < 0 || cj < 0 || ci >= w || cj >= h) continue;
        acc[(static_cast<std::size_t>(r - rMin) * h + cj) * w + ci] += weight;
      }
    }
  std::vector<AortaCircle> found;
  for (int r = rMin; r <= rMax; ++r) {
    const float* a = acc.data() + static_cast<std::size_t>(r - rMin) * w * h;
    const double circumference = 2 * M_PI * r;
    for (int j = 2; j + 2 < h; ++j)
      for (int i = 2; i + 2 < w; ++i) {
        if (!medi[static_cast<std::size_t>(j) * w + i]) continue;
        float votes = 0;
        for (int dj = -1; dj <= 1; ++dj)
          for (int di = -1; di <= 1; ++di) votes += a[static_cast<std::size_t>(j + dj) * w + i + di];
        const double score = votes / circumference;
        if (score < 0.3) continue;
        bool isMax = true;  // among 3 x 3 centres
        for (int dj = -1; dj <= 1 && isMax; ++dj)
          for (int di = -1; di <= 1 && isMax; ++di)
            if ((di || dj) && a[static_cast<std::size_t>(j + dj) * w + i + di] > a[static_cast<std::size_t>(j) * w + i]) isMax = false;
        if (!isMax) continue;
        AortaCircle c;
        c.slice = k;
        c.centre = Eigen::Vector2d(i, j);
        c.radiusMm = r * px;
        c.score = score;
        found.push_back(c);
      }
  }
  // Interior: homogeneous blood, no lung.
  std::vector<AortaCircle> kept;
  std::sort(found.begin(), found.end(), [](const AortaCircle& a, const AortaCircle& b) { return a.score > b.score; });
  for (AortaCircle& c : found) {
    bool near = false;
    // Same place and size: one hypothesis. Different radii at one centre stay apart, since a
    // larger circle often collects votes from neighbouring structures too.
    for (const AortaCircle& other : kept)
      if ((other.centre - c.centre).norm() * px < 0.7 * std::min(other.radiusMm, c.radiusMm) && std::abs(other.radiusMm - c.radiusMm) < 3.0)
        near = true;
    if (near) continue;
    const double r = 0.7 * c.radiusMm / px;
    double sum = 0, sum2 = 0, n = 0, lungCount = 0;
    for (int j = static_cast<int>(c.centre.y() - r); j <= static_cast<int>(c.centre.y() + r); ++j)
      for (int i = static_cast<int>(c.centre.x() - r); i <= static_cast<int>(c.centre.x() + r); ++i) {
        if (i < 0 || j < 0 || i >= w || j >= h || (Eigen::Vector2d(i, j) - c.centre).norm() > r) continue;
        const double v = ct.at(i, j, k);
        sum += v;
        sum2 += v * v;
        ++n;
        lungCount += lung[static_cast<std::size_t>(j) * w + i];
      }
    if (n < 5) continue;
    const double mean = sum / n, sd = std::sqrt(std::max(0.0, sum2 / n - mean * mean));
    if (mean < blood.low || mean > blood.high || sd > blood.maxStd || lungCount > 0.05 * n) continue;
    c.meanHu = mean;
    kept.push_back(c);
    if (kept.size() >= 20) break;
  }
  return kept;
}

AortaTracker::Result AortaTracker::track(const Volume& ct, const ThoraxAnalysis& thorax) {
  const ImageGeometry& g = ct.geometry();
  const int d = g.size[2];
  const double px = g.spacing[0], dz = g.spacing[2];
  Result result;
  result.ascendingMask = Mask(g, 0);
  result.descendingMask = Mask(g, 0);
  if (thorax.firstThoracicSlice < 0) return result;

  std::vector<std::vector<AortaCircle>> cands(static_cast<std::size_t>(d));
  parallelFor(static_cast<std::size_t>(d), [&](std::size_t k) {
    if (static_cast<int>(k) >= thorax.firstThoracicSlice - 2 && static_cast<int>(k) <= thorax.lastThoracicSlice)
      cands[k] = candidates(ct, thorax, static_cast<int>(k));
  });
  const std::vector<Eigen::Vector2d> spine = filledSpine(thorax);
  const int from = std::max(0, thorax.firstThoracicSlice);
  const int to = thorax.lastThoracicSlice;

  // Descending: left of the vertebra and just in front of it. A second pass keeps only circles whose
  // interior matches the track's own lumen HU (an enhanced vertebral body is round too).
  std::optional<double> lumenHu;
  const auto descendingCost = [&](const AortaCircle& c) {
    const Eigen::Vector2d& s = spine[static_cast<std::size_t>(c.slice)];
    if (s.x() < 0) return kInf;
    const Eigen::Vector2d expected(s.x() + 18.0 / px, s.y() - 12.0 / px);
    const double dist = (c.centre - expected).norm() * px;
    // Near the midline the aorta lies in front of the vertebral body; a round, enhanced vertebral
    // body is not the aorta.
    if (dist > 45.0 || c.radiusMm > 22.0) return kInf;
    if (std::abs(c.centre.x() - s.x()) * px < 12.0 && c.centre.y() + 0.5 * c.radiusMm / px > s.y()) return kInf;
    if (lumenHu && std::abs(c.meanHu - *lumenHu) > 0.35 * std::abs(*lumenHu) + 30.0) return kInf;
    const double size = (c.radiusMm - 13.0) / 5.0;  // adult descending aorta: 20-30 mm across
    return -2.0 * c.score + (dist / 20.0) * (dist / 20.0) + 0.5 * size * size;
  };
  result.descending = link(cands, from, to, px, dz, descendingCost);
  if (!result.descending.empty()) {
    std::vector<double> hus;
    for (const AortaCircle& c : result.descending.circles)
      if (c.score > 0) hus.push_back(c.meanHu);
    std::nth_element(hus.begin(), hus.begin() + static_cast<std::ptrdiff_t>(hus.size() / 2), hus.end());
    lumenHu = hus[hus.size() / 2];
    result.descending = link(cands, from, to, px, dz, descendingCost);
  }
  if (result.descending.empty()) return result;

  // Ascending: in front of and to the right of the descending aorta, between the root and the
  // arch, i.e. within ~110 mm below the top of the descending aorta, and reaching up to the arch
  // (the SVC and right atrium run beside it much further down).
  const auto descAt = [&](int k) {
    const auto& cs = result.descending.circles;
    const auto it = std::min_element(cs.begin(), cs.end(),
                                     [k](const AortaCircle& a, const AortaCircle& b) { return std::abs(a.slice - k) < std::abs(b.slice - k); });
    return *it;
  };
  // The arch tops out 1-3 cm above the carina; the descending track can run on above it into the
  // left subclavian artery, and the ascending search must not be placed by that.
  int archLevel = result.descending.last();
  if (thorax.carina) archLevel = std::min(archLevel, *thorax.carina + static_cast<int>(std::lround(kArchAboveCarinaMm / dz)));
  const int ascendingFrom = std::max(from, archLevel - static_cast<int>(std::lround(110.0 / dz)));
  result.ascending = link(cands, ascendingFrom, archLevel, px, dz, [&](const AortaCircle& c) {
    const AortaCircle desc = descAt(c.slice);
    const Eigen::Vector2d offset = (c.centre - desc.centre) * px;  // mm: x left, y posterior
    if (offset.y() > -35.0 || c.radiusMm < 10.0) return kInf;
    const double dist = (offset - Eigen::Vector2d(-30.0, -75.0)).norm();
    if (dist > 60.0) return kInf;
    const double size = (c.radiusMm - 16.0) / 5.0;  // ascending aorta: 25-35 mm across
    return -2.0 * c.score + (dist / 30.0) * (dist / 30.0) + 0.5 * size * size;
  });
  if (!result.ascending.empty() && result.ascending.last() < archLevel - static_cast<int>(std::lround(40.0 / dz)))
    result.ascending = AortaTrack{};  // never reaches the arch: not the aorta
  // Inside the pericardial sac the ascending aorta has no fat around it and is lost; a track that
  // bridges such a gap and picks up a circle far to one side has found the superior vena cava or
  // the right atrium (on thick or smoothed slices), not the aortic root.
  trimBelowSidewaysJump(result.ascending, px, dz);

  for (auto* t : {&result.descending, &result.ascending})
    for (AortaCircle& c : t->circles) c.radiusMm = refinedRadius(ct, c);
  double huSum = 0;
  int huCount = 0;
  for (const auto* t : {&result.descending, &result.ascending})
    for (const AortaCircle& c : t->circles)
      if (c.score > 0) huSum += c.meanHu, ++huCount;
  result.lumenMeanHu = huCount ? huSum / huCount : 0;
  const int lumenThreshold = thorax.contrast ? static_cast<int>(0.6 * result.lumenMeanHu) : kNoLumenThreshold;
  if (lumenThreshold != kNoLumenThreshold)
    for (auto* t : {&result.descending, &result.ascending})
      for (AortaCircle& c : t->circles) recentreOnLumen(c, ct, thorax, px, lumenThreshold);
  for (const auto* t : {&result.descending, &result.ascending})
    for (const AortaCircle& c : t->circles)
      paintSection(t == &result.descending ? result.descendingMask : result.ascendingMask, ct, thorax, c, px, lumenThreshold);
  if (lumenThreshold != kNoLumenThreshold) {
    // With contrast the lumen itself can be followed where circles fail: down to the diaphragm,
    // and up from both limbs into the arch.
    const int low = solidEnd(result.descendingMask, result.descending.first(), +1, result.descending.last());
    const int high = solidEnd(result.descendingMask, result.descending.last(), -1, result.descending.first());
    // Stricter here: the enhanced cancellous vertebra, right behind the aorta, must stay out.
    const int strict = 150;  // a floor; the step threshold follows the lumen
    propagateLumen(result.descendingMask, ct, thorax, low, -1, from - 1, strict, 1.6, 3.0, 4.0);
    propagateLumen(result.descendingMask, ct, thorax, high, +1, d, strict, 2.5, 4.0, 15.0);
    // The wall around the lumen belongs to the aorta too (and holds its calcium).
    for (Mask* m : {&result.descendingMask, &result.ascendingMask}) {
      const Mask walled = maskops::dilate2d(*m, 1.5);
      for (std::size_t q = 0; q < m->voxels().size(); ++q) m->voxels()[q] = walled.voxels()[q] && !thorax.lungs.voxels()[q] ? 1 : 0;
    }
    // Where contrast layers over unopacified blood (early arterial phase, lower descending aorta)
    // the enhanced lumen is only part of the aorta; its outer edge against fat and lung shows the
    // whole section. Complete the tracked sections from it, then follow it below the track down
    // to the diaphragm, where no circle is found.
    std::vector<uint8_t> whole(static_cast<std::size_t>(d), 0);  // slices whose section is complete
    for (const AortaCircle& c : result.descending.circles) {
      const auto wall = AortaOutline::fitWall(ct, c, AortaOutline::kMaxRadiusMm);
      if (!wall || (wall->centre - c.centre).norm() * px > 0.8 * wall->radiusMm) continue;  // the track is inside it
      if (lumenCoverage(result.descendingMask, ct, thorax, *wall, px) < 0.75) {
        Eigen::Vector2d still(0, 0);
        const std::vector<uint8_t> traced = AortaOutline::trace(ct, thorax.lungs, c.slice, wall->centre, AortaOutline::circle(wall->radiusMm), still);
        if (traced.empty()) {
          paintSection(result.descendingMask, ct, thorax, *wall, px, kNoLumenThreshold);  // the disc
        } else {
          uint8_t* m = result.descendingMask.slice(c.slice);
          for (std::size_t q = 0; q < traced.size(); ++q) m[q] |= traced[q];
        }
      }
      whole[static_cast<std::size_t>(c.slice)] = 1;
    }
    // From the lowest three complete sections in a row: a single one may be a poor fit.
    for (int k = 0; k + 2 < d; ++k)
      if (whole[static_cast<std::size_t>(k)] && whole[static_cast<std::size_t>(k + 1)] && whole[static_cast<std::size_t>(k + 2)]) {
        AortaOutline::follow(result.descendingMask, ct, thorax.lungs, k, -1, from - 1);
        break;
      }
  }

  // The arch: above the limbs' tops, a band of blood between them.
  if (!result.ascending.empty()) {
    const AortaCircle a = result.ascending.circles.back();
    const AortaCircle dsc = result.descending.circles.back();
    const BloodRange blood = thorax.contrast ? BloodRange{lumenThreshold, 1500, 0} : bloodRange(false);
    const double needed = thorax.contrast ? 0.2 : 0.45;  // the enhanced lumen is unmistakable
    const double radius = 0.5 * (a.radiusMm + dsc.radiusMm) / px;
    const int top = std::max(a.slice, dsc.slice);
    const int w = g.size[0], h = g.size[1];
    for (int k = std::min(a.slice, dsc.slice) + 1; k < d && k <= top + static_cast<int>(40.0 / dz); ++k) {
      const Eigen::Vector2d pa = a.centre;
      const Eigen::Vector2d pd = k <= dsc.slice ? descAt(k).centre : dsc.centre;
      const Eigen::Vector2d axis = pd - pa;
      const double length2 = std::max(1.0, axis.squaredNorm());
      std::vector<std::size_t> band, hit;
      std::vector<double> along;
      const uint8_t* lung = thorax.lungs.slice(k);
      for (int j = 0; j < h; ++j)
        for (int i = 0; i < w; ++i) {
          const Eigen::Vector2d p(i, j);
          const double t = std::clamp((p - pa).dot(axis) / length2, 0.0, 1.0);
          if ((p - (pa + t * axis)).norm() > radius) continue;
          const std::size_t q = static_cast<std::size_t>(j) * w + i;
          band.push_back(q);
          const int hu = ct.at(i, j, k);
          if (!lung[q] && hu >= blood.low && hu <= blood.high) {
            hit.push_back(q);
            along.push_back(t);
          }
        }
      const double fraction = band.empty() ? 0.0 : static_cast<double>(hit.size()) / band.size();
      if (k > top && fraction < needed) break;
      if (fraction < needed) continue;
      if (k > top) result.archFound = true;
      for (std::size_t n = 0; n < hit.size(); ++n) (along[n] < 0.5 ? result.ascendingMask : result.descendingMask).slice(k)[hit[n]] = 1;
    }
  }
  return result;
}

}  // namespace heaorta
