#pragma once

#include "core/model/Volume.h"
#include "segmentation/anatomy/AortaTracker.h"
#include "segmentation/anatomy/MaskOps.h"

#include <optional>
#include <vector>

namespace heaorta {

// Whole cross-sections of the aorta found from its outer edge against fat and lung rather than
// from its lumen, so that they hold whatever the lumen looks like: enhanced, unenhanced, or
// contrast layered over unopacified blood (the lower descending aorta in an early arterial CTA,
// where a lumen threshold keeps only a bright cap). An outline is a radius (mm) on each of kRays
// rays from a centre, at angles 2 pi n / kRays in grid (i, j) space.
class AortaOutline {
 public:
  static constexpr int kRays = 64;
  static constexpr double kMaxRadiusMm = 24.0;

  // The mean HU (clamped to +-1000) of the 3 x 3 voxels around p on slice k: edges, not noise.
  static double smoothedHu(const Volume& ct, const Eigen::Vector2d& p, int k);

  // The circle through the outer wall around `guess` (its slice and centre): on 48 rays, the first
  // point where the smoothed HU falls to fat or lung; a least-squares circle through them, refitted
  // without outliers. Empty when too few rays meet fat or lung, or only on one side.
  static std::optional<AortaCircle> fitWall(const Volume& ct, const AortaCircle& guess, double maxRadiusMm);

  // An outline of a circle of the given radius.
  static std::vector<double> circle(double radiusMm) { return std::vector<double>(kRays, radiusMm); }
  // The outline of `section` (a slice-sized mask) seen from `centre`.
  static std::vector<double> outlineOf(const uint8_t* section, int width, int height, const Eigen::Vector2d& centre, double pixelMm);

  // The section on slice k of a tube whose last outline was `previous` around `centre`: each ray
  // ends at the first fat or lung within a step of where the tube, moved by `shift` (mm per slice;
  // refined here from the rays that see an edge), is expected. Rays that see none (against an
  // attached crus, oesophagus or vertebra) keep to the moved outline; a median over 5 rays removes
  // spikes. Empty when fewer than a quarter of the rays see an edge.
  static std::vector<uint8_t> trace(const Volume& ct, const Mask& lungs, int k, const Eigen::Vector2d& centre, const std::vector<double>& previous,
                                    Eigen::Vector2d& shift);

  // Adds to `mask` the sections traced slice by slice from its section on slice `start`, in
  // direction `step`, up to `stop` (exclusive); ends where no section is traced or its area leaves
  // 0.5-1.6 times the start's.
  static void follow(Mask& mask, const Volume& ct, const Mask& lungs, int start, int step, int stop);
};

}  // namespace heaorta
