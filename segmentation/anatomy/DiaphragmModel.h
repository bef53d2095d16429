#pragma once

#include "segmentation/anatomy/ThoraxAnalysis.h"

namespace heaorta {

// The diaphragm as a smooth surface z = f(x, y) fitted robustly to where the lungs rest on it.
// Under the heart there is no lung: the fitted dome is what separates the heart from the liver,
// which has the same HU on non-contrast CT.
class DiaphragmModel {
 public:
  // `around` (grid pixels) centres the fit on the heart region; `radiusMm` limits it. Columns in
  // `shadow` (one slice: 1 = excluded) are left out: lung lying on top of the heart is not on the
  // diaphragm.
  static DiaphragmModel fit(const ThoraxAnalysis& thorax, const Eigen::Vector2d& around, double radiusMm, const std::vector<uint8_t>& shadow);

  bool valid() const { return valid_; }
  // Height of the diaphragm (slice index, fractional) under grid pixel (i, j).
  double sliceAt(double i, double j) const;
  int pointsUsed() const { return points_; }

 private:
  Eigen::Matrix<double, 6, 1> coefficients_ = Eigen::Matrix<double, 6, 1>::Zero();
  Eigen::Vector2d centre_ = Eigen::Vector2d::Zero();
  double scale_ = 1;
  bool valid_ = false;
  int points_ = 0;
};

}  // namespace heaorta
