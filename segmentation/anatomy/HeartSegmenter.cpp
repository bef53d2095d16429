#include "segmentation/anatomy/HeartSegmenter.h"

#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace heaorta {

namespace {
constexpr double kSacBelowCarinaMm = 20.0;
// The sac's top never comes closer to the carina than this, whatever the aorta suggests.
constexpr double kSacNearestCarinaMm = 10.0;
// Where the tracker last sees the ascending aorta as a free section, above the reflection.
constexpr double kReflectionBelowFreeAortaMm = 6.0;
// Below the diaphragm surface fitted through the domes: the central tendon under the heart sags.
constexpr double kBelowDiaphragmMm = 10.0;
// Pulmonary veins and arteries leave the sac as tubes up to about 2 cm across.
constexpr double kHilarVesselRadiusMm = 12.0;
constexpr double kEpicardialFatMm = 5.5;
constexpr std::pair<int, int> kFatHu{-190, -30};
}  // namespace

HeartSegmenter::Result HeartSegmenter::segment(const Volume& ct, const ThoraxAnalysis& t, const AortaTracker::Result& aorta) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1], d = g.size[2];
  const double px = g.spacing[0], dz = g.spacing[2];
  Result r;
  r.heart = Mask(g, 0);
  if (aorta.descending.empty()) return r;

  // Top: the pericardial sac holds the aortic root and the pulmonary trunk up to its bifurcation,
  // which lies just under the arch, where the ascending aorta turns.
  if (!aorta.ascending.empty()) {
    r.topSlice = std::max(0, std::min(aorta.ascending.last() - static_cast<int>(std::lround(5.0 / dz)),
                                      aorta.ascending.first() + static_cast<int>(std::lround(45.0 / dz))));
  } else {
    r.topSlice = std::max(0, aorta.descending.last() - static_cast<int>(std::lround(40.0 / dz)));
  }
  // The diaphragm is fitted below the descending aorta's top, whatever else is found; where the
  // scan cuts the aorta (it starts below the arch, in the middle of the lungs), below the scan's
  // top. A track that reaches the top of a scan above the lungs' apices is a subclavian artery.
  const double widestLung = *std::max_element(t.lungAreaMm2.begin(), t.lungAreaMm2.end());
  const bool cutThroughAorta = aorta.descending.last() >= d - 2 && t.lungAreaMm2[static_cast<std::size_t>(d - 1)] > 0.5 * widestLung;
  const int regionTop = cutThroughAorta ? d - 1 : std::max(0, aorta.descending.last() - static_cast<int>(std::lround(40.0 / dz)));
  if (cutThroughAorta && aorta.ascending.empty()) r.topSlice = d - 1;
  r.topUnplaced = cutThroughAorta && !t.carina;
  // The carina bounds the sac too: the pulmonary trunk divides 1.5-2.5 cm below it, where the sac
  // ends. Without the aortic root it is the only bound (the descending aorta's top may be a
  // subclavian artery); with it, a root tracked from high up can overshoot.
  if (t.carina) {
    const int below = std::max(0, *t.carina - static_cast<int>(std::lround(kSacBelowCarinaMm / dz)));
    if (below < r.topSlice) r.topSlice = below, r.topFromCarina = true;
    // Inside the sac the ascending aorta lies against the pulmonary trunk and the atria with no fat
    // around it, so the tracker loses it there: its lowest free section lies just above the
    // pericardial reflection, which varies by a centimetre between people at the same carina.
    if (!aorta.ascending.empty()) {
      const int reflection = std::min(aorta.ascending.first() - static_cast<int>(std::lround(kReflectionBelowFreeAortaMm / dz)),
                                      *t.carina - static_cast<int>(std::lround(kSacNearestCarinaMm / dz)));
      if (reflection > r.topSlice) r.topSlice = reflection, r.topFromCarina = false;
    }
  }
  const auto descAt = [&](int k) {
    const auto& cs = aorta.descending.circles;
    return *std::min_element(cs.begin(), cs.end(),
                             [k](const AortaCircle& a, const AortaCircle& b) { return std::abs(a.slice - k) < std::abs(b.slice - k); });
  };
  // The heart lies in front of the descending aorta; fit the diaphragm around that region.
  const AortaCircle mid = descAt(regionTop - static_cast<int>(60.0 / dz));
  const Eigen::Vector2d heartCentre(mid.centre.x() - 20.0 / px, mid.centre.y() - 70.0 / px);
  // The heart's shadow: columns where the mediastinum fills much of the heart's height.
  Mask shadow(ImageGeometry{{w, h, 1}, g.spacing, g.origin, g.direction}, 0);
  {
    const int from = std::max(0, t.firstThoracicSlice);
    const int span = std::max(1, regionTop - from + 1);
    for (int j = 0; j < h; ++j)
      for (int i = 0; i < w; ++i) {
        int n = 0;
        for (int k = from; k <= regionTop; ++k) n += t.mediastinum.at(i, j, k);
        shadow.at(i, j, 0) = n > 0.3 * span ? 1 : 0;
      }
    shadow = maskops::dilate2d(shadow, 10.0);
  }
  const DiaphragmModel diaphragm = DiaphragmModel::fit(t, heartCentre, 110.0, std::vector<uint8_t>(shadow.voxels().begin(), shadow.voxels().end()));
  r.diaphragmFitted = diaphragm.valid();

  const Mask aortaMask = maskops::dilate2d(maskops::logicalOr(aorta.ascendingMask, aorta.descendingMask), 2.0);
  const int low = t.contrast ? -20 : -20;
  const int high = t.contrast ? 1200 : 250;
  Mask candidate(g, 0);
  parallelFor(static_cast<std::size_t>(d), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    if (k > r.topSlice) return;
    const AortaCircle desc = descAt(k);
    const double cut = desc.centre.y() - desc.radiusMm / px;  // the aorta's front edge
    const uint8_t* medi = t.mediastinum.slice(k);
    const uint8_t* ao = aortaMask.slice(k);
    uint8_t* c = candidate.slice(k);
    for (int j = 0; j < h && j < cut; ++j)
      for (int i = 0; i < w; ++i) {
        const std::size_t q = static_cast<std::size_t>(j) * w + i;
        if (!medi[q] || ao[q]) continue;
        if (diaphragm.valid() && k < diaphragm.sliceAt(i, j) - kBelowDiaphragmMm / dz) continue;
        const int hu = ct.at(i, j, k);
        if (hu >= low && hu <= high) c[q] = 1;
      }
  });
  if (t.contrast) {
    // Enhanced chambers and pulmonary trunk, and the myocardium around them (up to 10 mm).
    const int pool = static_cast<int>(0.55 * std::max(200.0, aorta.lumenMeanHu));
    Mask blood(g, 0);
    for (std::size_t q = 0; q < blood.voxels().size(); ++q) blood.voxels()[q] = candidate.voxels()[q] && ct.voxels()[q] >= pool;
    blood = maskops::keepComponents3d(blood, [&](const ComponentInfo& c) { return c.voxels * g.voxelVolumeMm3() > 5000.0; });
    candidate = maskops::logicalAnd(maskops::dilate(blood, 10.0), candidate);
  }
  // Cut thin bridges to vessels and chest wall, keep the heart, give it back its fat.
  Mask core = maskops::largestComponent3d(maskops::open(candidate, 5.0));
  core = maskops::logicalAnd(maskops::dilate(core, 5.0), candidate);
  // Non-contrast: the sac, with the epicardial fat in its grooves. Contrast: chambers and myocardium.
  Mask heart = t.contrast ? core : maskops::close(core, 8.0);
  maskops::fillHolesPerSlice(heart);
  if (t.contrast)  // enhanced myocardium is above 60 HU; pericardium, fluid and nodes are not
    for (std::size_t q = 0; q < heart.voxels().size(); ++q) heart.voxels()[q] = heart.voxels()[q] && ct.voxels()[q] >= 60;
  heart = maskops::logicalAndNot(maskops::logicalAnd(heart, t.mediastinum), aortaMask);
  for (int k = r.topSlice + 1; k < d; ++k) std::fill(heart.slice(k), heart.slice(k) + static_cast<std::size_t>(w) * h, 0);
  heart = maskops::largestComponent3d(heart);
  // Below its widest slice the heart only narrows towards the diaphragm; the liver and stomach
  // under the domes widen. Each slice may exceed the one above by a few millimetres only.
  int widest = -1;
  std::size_t widestArea = 0;
  for (int k = 0; k < d; ++k) {
    const uint8_t* s = heart.slice(k);
    const auto area = static_cast<std::size_t>(std::count(s, s + static_cast<std::size_t>(w) * h, 1));
    if (area > widestArea) widestArea = area, widest = k;
  }
  const double margin = std::max(2.0, 0.6 * dz);
  for (int k = widest - 1; k >= 0; --k) {
    Mask above(ImageGeometry{{w, h, 1}, g.spacing, g.origin, g.direction}, 0);
    std::copy_n(heart.slice(k + 1), static_cast<std::size_t>(w) * h, above.slice(0));
    above = maskops::dilate2d(above, margin);
    uint8_t* s = heart.slice(k);
    for (std::size_t q = 0; q < static_cast<std::size_t>(w) * h; ++q) s[q] = s[q] && above.voxels()[q];
  }
  if (!t.contrast) {
    // Cut the pulmonary vessels that leave the sac towards the hila (the pericardium closes around
    // them): what a disc of their size does not fit in, slice by slice.
    heart = maskops::largestComponent3d(
        maskops::logicalAnd(heart, maskops::dilate2d(maskops::erode2d(heart, kHilarVesselRadiusMm), kHilarVesselRadiusMm)));
    // The sac holds the epicardial fat between the heart's surface and the pericardium, mostly a
    // few millimetres thick; paracardial fat lies beyond the pericardium. Grow 5.5 mm into fat (never
    // into lung, aorta or below the diaphragm).
    const Mask shell = maskops::dilate(heart, kEpicardialFatMm);
    parallelFor(static_cast<std::size_t>(std::min(d, r.topSlice + 1)), [&](std::size_t kk) {
      const int k = static_cast<int>(kk);
      for (int j = 0; j < h; ++j)
        for (int i = 0; i < w; ++i) {
          const std::size_t q = g.linearIndex(i, j, k);
          if (heart.voxels()[q] || !shell.voxels()[q] || !t.mediastinum.voxels()[q] || aortaMask.voxels()[q]) continue;
          if (diaphragm.valid() && k < diaphragm.sliceAt(i, j) - kBelowDiaphragmMm / dz) continue;
          const int hu = ct.voxels()[q];
          if (hu >= kFatHu.first && hu <= kFatHu.second) heart.voxels()[q] = 1;
        }
    });
  }
  r.heart = maskops::largestComponent3d(heart);
  r.bottomSlice = -1;
  for (int k = 0; k < d && r.bottomSlice < 0; ++k) {
    const uint8_t* s = r.heart.slice(k);
    if (std::any_of(s, s + static_cast<std::size_t>(w) * h, [](uint8_t v) { return v != 0; })) r.bottomSlice = k;
  }
  return r;
}

Mask BoneMaskBuilder::build(const Volume& ct, const ThoraxAnalysis& t, const Mask& heartAndAorta) {
  const ImageGeometry& g = ct.geometry();
  const int threshold = t.contrast ? 450 : 200;
  Mask dense(g, 0);
  for (std::size_t v = 0; v < dense.voxels().size(); ++v) dense.voxels()[v] = (t.body.voxels()[v] && ct.voxels()[v] >= threshold) ? 1 : 0;
  Mask outside(g, 0);
  for (std::size_t v = 0; v < outside.voxels().size(); ++v) outside.voxels()[v] = t.body.voxels()[v] ? 0 : 1;
  const std::vector<float> toSurface = maskops::distanceToForeground2d(outside);
  std::vector<int32_t> labels;
  const auto parts = maskops::components3d(dense, labels);
  std::vector<double> nearestSurface(parts.size(), 1e9);
  std::vector<std::size_t> insideOrgans(parts.size(), 0);
  for (std::size_t v = 0; v < labels.size(); ++v) {
    if (!labels[v]) continue;
    const std::size_t c = static_cast<std::size_t>(labels[v] - 1);
    nearestSurface[c] = std::min(nearestSurface[c], static_cast<double>(toSurface[v]));
    if (heartAndAorta.voxels()[v]) ++insideOrgans[c];
  }
  const double voxelMl = g.voxelVolumeMm3() / 1000.0;
  std::vector<uint8_t> isBone(parts.size() + 1, 0);
  for (std::size_t c = 0; c < parts.size(); ++c) {
    // Skeleton: large (spine, sternum) or reaching the chest wall (ribs); never mostly inside the
    // heart or aorta, where calcified plaques live.
    const bool skeletal = parts[c].voxels * voxelMl > 3.0 || nearestSurface[c] < 25.0;
    isBone[c + 1] = skeletal && insideOrgans[c] * 2 < parts[c].voxels ? 1 : 0;
  }
  Mask bone(g, 0);
  for (std::size_t v = 0; v < labels.size(); ++v) bone.voxels()[v] = isBone[static_cast<std::size_t>(labels[v])];
  // Include the partial-volume rim, where bone fades through the calcium range.
  return maskops::dilate2d(bone, 1.5 * g.spacing[0]);
}

}  // namespace heaorta
