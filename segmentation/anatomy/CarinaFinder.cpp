#include "segmentation/anatomy/CarinaFinder.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace heaorta {

namespace {

constexpr int kAirHu = -600;  // the lumen, partial volume at its edge included
// Adult trachea: 14-28 mm across, within 2 cm of the midline. A main bronchus is narrower (the
// left one) or lies further out, and runs 2.5-5 cm: an airway followed for less than kTracheaMm
// before it divides may be a bronchus of a scan that starts below the carina.
constexpr double kTracheaMinMm2 = 150, kTracheaMaxMm2 = 700;
constexpr double kMidlineMm = 20;
constexpr double kTracheaMm = 30;
constexpr double kBronchusMinMm2 = 15;  // a main bronchus right below the carina
constexpr double kLungMm2 = 2500;       // an airway that opened into a lung

struct SliceComponents {
  std::vector<int32_t> labels;  // per pixel, 1-based, 0 = not air
  std::vector<std::size_t> sizes;
};

SliceComponents airComponents(const Volume& ct, const ThoraxAnalysis& t, int k) {
  const int w = ct.size()[0], h = ct.size()[1];
  std::vector<uint8_t> air(static_cast<std::size_t>(w) * h);
  const int16_t* hu = ct.slice(k);
  const uint8_t* body = t.body.slice(k);
  for (std::size_t q = 0; q < air.size(); ++q) air[q] = body[q] && hu[q] < kAirHu;
  // 4-connected: at 2-3 mm a lung apex often touches the trachea at a corner.
  SliceComponents c;
  c.sizes = maskops::components2d(air.data(), w, h, c.labels, 4);
  return c;
}

// The trachea on slice k: an air component of a trachea's size, near the midline, in front of the
// spine, closed in the body (not the air around it). 0 when none.
int32_t tracheaOn(const Volume& ct, const ThoraxAnalysis& t, int k, const SliceComponents& c) {
  const int w = ct.size()[0], h = ct.size()[1];
  const double pixelMm2 = ct.geometry().spacing[0] * ct.geometry().spacing[1];
  const double midline = t.spine[k] ? t.spine[k]->x() : w / 2.0;
  std::vector<double> sx(c.sizes.size(), 0), sy(c.sizes.size(), 0);
  std::vector<bool> border(c.sizes.size(), false);
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i)
      if (const int32_t l = c.labels[static_cast<std::size_t>(j) * w + i]) {
        sx[l - 1] += i, sy[l - 1] += j;
        if (i == 0 || j == 0 || i == w - 1 || j == h - 1) border[l - 1] = true;
      }
  int32_t best = 0;
  double bestOffset = kMidlineMm;
  for (std::size_t n = 0; n < c.sizes.size(); ++n) {
    const double area = c.sizes[n] * pixelMm2;
    if (area < kTracheaMinMm2 || area > kTracheaMaxMm2 || border[n]) continue;
    const double x = sx[n] / c.sizes[n], y = sy[n] / c.sizes[n];
    if (t.spine[k] && y > t.spine[k]->y()) continue;
    const double offset = std::abs(x - midline) * ct.geometry().spacing[0];
    if (offset <= bestOffset) bestOffset = offset, best = static_cast<int32_t>(n + 1);
  }
  return best;
}

}  // namespace

std::optional<int> CarinaFinder::find(const Volume& ct, const ThoraxAnalysis& t) {
  const int w = ct.size()[0], h = ct.size()[1], d = ct.size()[2];
  const double pixelMm2 = ct.geometry().spacing[0] * ct.geometry().spacing[1];
  const int lowest = std::max(0, t.firstThoracicSlice);
  const double dz = ct.geometry().spacing[2];
  std::vector<uint8_t> airway;  // the tracked airway on the slice above
  int seed = -1;                // where it was first seen
  for (int k = d - 1; k >= lowest; --k) {
    const SliceComponents c = airComponents(ct, t, k);
    if (airway.empty()) {
      if (const int32_t trachea = tracheaOn(ct, t, k, c)) {
        airway.assign(static_cast<std::size_t>(w) * h, 0);
        for (std::size_t q = 0; q < airway.size(); ++q) airway[q] = c.labels[q] == trachea;
        seed = k;
      }
      continue;
    }
    // The air on this slice that continues the airway above.
    std::set<int32_t> continued;
    for (std::size_t q = 0; q < airway.size(); ++q)
      if (airway[q] && c.labels[q]) continued.insert(c.labels[q]);
    if (continued.empty()) {  // lost (noise taken for the trachea, or a gap): look again
      airway.clear();
      continue;
    }
    int branches = 0;
    bool lung = false;
    for (const int32_t l : continued) {
      const double area = c.sizes[l - 1] * pixelMm2;
      lung = lung || area > kLungMm2;
      branches += area >= kBronchusMinMm2 ? 1 : 0;
    }
    if (lung || branches >= 2) {
      if ((seed - k) * dz < kTracheaMm) return std::nullopt;  // too short to be sure it was the trachea
      return k;
    }
    for (std::size_t q = 0; q < airway.size(); ++q) airway[q] = continued.count(c.labels[q]) ? 1 : 0;
  }
  return std::nullopt;
}

}  // namespace heaorta
