#include "segmentation/anatomy/DiaphragmModel.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace heaorta {
namespace {

Eigen::Matrix<double, 6, 1> basis(double x, double y) {
  Eigen::Matrix<double, 6, 1> b;
  b << 1, x, y, x * x, x * y, y * y;
  return b;
}

}  // namespace

DiaphragmModel DiaphragmModel::fit(const ThoraxAnalysis& t, const Eigen::Vector2d& around, double radiusMm, const std::vector<uint8_t>& shadow) {
  DiaphragmModel model;
  const ImageGeometry& g = t.lungs.geometry();
  const int w = g.size[0], h = g.size[1], d = g.size[2];
  const double px = g.spacing[0];
  model.centre_ = around;
  model.scale_ = radiusMm / px;
  std::vector<Eigen::Vector3d> points;  // normalised x, y; slice
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      if ((Eigen::Vector2d(i, j) - around).norm() * px > radiusMm || shadow[static_cast<std::size_t>(j) * w + i]) continue;
      // The lowest lung voxel of the column, if tissue (not air or outside) lies right below it.
      int lowest = -1;
      for (int k = 0; k < d; ++k)
        if (t.lungs.at(i, j, k)) {
          lowest = k;
          break;
        }
      if (lowest <= 0 || !t.body.at(i, j, lowest - 1) || t.lungs.at(i, j, lowest - 1)) continue;
      points.emplace_back((i - around.x()) / model.scale_, (j - around.y()) / model.scale_, lowest - 0.5);
    }
  model.points_ = static_cast<int>(points.size());
  if (points.size() < 30) return model;
  // Iteratively reweighted least squares (Tukey): posterior recesses dip far below the dome.
  std::vector<double> weight(points.size(), 1.0);
  Eigen::Matrix<double, 6, 1> c = Eigen::Matrix<double, 6, 1>::Zero();
  for (int iteration = 0; iteration < 8; ++iteration) {
    Eigen::Matrix<double, 6, 6> A = Eigen::Matrix<double, 6, 6>::Identity() * 1e-6;
    Eigen::Matrix<double, 6, 1> b = Eigen::Matrix<double, 6, 1>::Zero();
    for (std::size_t n = 0; n < points.size(); ++n) {
      const auto phi = basis(points[n].x(), points[n].y());
      A += weight[n] * phi * phi.transpose();
      b += weight[n] * phi * points[n].z();
    }
    c = A.ldlt().solve(b);
    std::vector<double> residuals;
    for (const auto& p : points) residuals.push_back(std::abs(p.z() - basis(p.x(), p.y()).dot(c)));
    std::vector<double> sorted = residuals;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2), sorted.end());
    const double cutoff = std::max(1.0, 4.685 * 1.4826 * sorted[sorted.size() / 2]);
    for (std::size_t n = 0; n < points.size(); ++n) {
      const double u = residuals[n] / cutoff;
      weight[n] = u < 1 ? (1 - u * u) * (1 - u * u) : 0.0;
    }
  }
  model.coefficients_ = c;
  model.valid_ = true;
  return model;
}

double DiaphragmModel::sliceAt(double i, double j) const { return basis((i - centre_.x()) / scale_, (j - centre_.y()) / scale_).dot(coefficients_); }

}  // namespace heaorta
