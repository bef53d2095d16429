#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <filesystem>
#include <functional>

namespace heaorta::test {

// A synthetic CT and label map on one grid, for results known in closed form.
struct Phantom {
  Volume ct;
  LabelMap labels;

  // Blood (40 HU) everywhere, 120 kVp, 3 mm thick slices unless changed.
  Phantom(const Index3& size, const Eigen::Vector3d& spacing, int16_t background = 40);

  void fillBox(const Index3& lo, const Index3& hi, int16_t hu);  // inclusive corners
  void labelBox(const Index3& lo, const Index3& hi, uint8_t label);
  // Voxel centres within `radiusMm` of the z-axis through (ci, cj) (voxel units), slices [k0, k1].
  int fillCylinder(double ci, double cj, double radiusMm, int k0, int k1, int16_t hu);  // returns pixels per slice
  // Voxel centres within `radiusMm` of a centre (voxel units); returns the voxel count.
  int fillSphere(const Eigen::Vector3d& centre, double radiusMm, int16_t hu);
  // Pixels of slice k inside a disc of the sphere (for expected per-slice areas).
  int sphereSlicePixels(const Eigen::Vector3d& centre, double radiusMm, int k) const;
};

// Paints the hand-drawn heart outline of tests/data/chest-ct-heart-outline.json.
LabelMap handDrawnHeartLabel(const ImageGeometry& geometry);

}  // namespace heaorta::test
