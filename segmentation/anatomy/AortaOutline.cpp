#include "segmentation/anatomy/AortaOutline.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace heaorta {
namespace {

Eigen::Vector2d rayDirection(int ray, int rays) { return {std::cos(ray * 2 * M_PI / rays), std::sin(ray * 2 * M_PI / rays)}; }

// The centroid (grid pixels) and the pixel count of a slice-sized mask.
std::pair<Eigen::Vector2d, double> centroidAndArea(const uint8_t* section, int w, int h) {
  Eigen::Vector2d sum(0, 0);
  double count = 0;
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i)
      if (section[static_cast<std::size_t>(j) * w + i]) sum += Eigen::Vector2d(i, j), ++count;
  return {count > 0 ? Eigen::Vector2d(sum / count) : Eigen::Vector2d(-1, -1), count};
}

}  // namespace

double AortaOutline::smoothedHu(const Volume& ct, const Eigen::Vector2d& p, int k) {
  const ImageGeometry& g = ct.geometry();
  const int i = static_cast<int>(std::lround(p.x())), j = static_cast<int>(std::lround(p.y()));
  double sum = 0;
  int n = 0;
  for (int dj = -1; dj <= 1; ++dj)
    for (int di = -1; di <= 1; ++di)
      if (g.contains(i + di, j + dj, k)) sum += std::clamp<double>(ct.at(i + di, j + dj, k), -1000, 1000), ++n;
  return n ? sum / n : -1000.0;
}

std::optional<AortaCircle> AortaOutline::fitWall(const Volume& ct, const AortaCircle& guess, double maxRadiusMm) {
  const double px = ct.geometry().spacing[0];
  const auto sample = [&](const Eigen::Vector2d& p) { return smoothedHu(ct, p, guess.slice); };
  constexpr int kRays = 48;
  constexpr double kFat = -40.0;
  std::vector<Eigen::Vector2d> points;
  for (int ray = 0; ray < kRays; ++ray) {
    const Eigen::Vector2d dir = rayDirection(ray, kRays);
    if (sample(guess.centre + dir * 4.0 / px) < kFat) continue;  // the centre is not inside tissue this way
    for (double r = 4.5; r <= maxRadiusMm + 4.0; r += 0.5)
      if (sample(guess.centre + dir * r / px) < kFat) {
        points.push_back(guess.centre + dir * (r - 0.5) / px);
        break;
      }
  }
  std::optional<AortaCircle> fitted;
  for (int round = 0; round < 3; ++round) {
    if (points.size() < kRays / 3) return std::nullopt;
    // Kasa fit: x^2 + y^2 + D x + E y + F = 0, linear in D, E, F.
    Eigen::MatrixXd a(static_cast<Eigen::Index>(points.size()), 3);
    Eigen::VectorXd b(static_cast<Eigen::Index>(points.size()));
    for (std::size_t n = 0; n < points.size(); ++n) {
      const Eigen::Vector2d& p = points[n];
      a.row(static_cast<Eigen::Index>(n)) << p.x(), p.y(), 1.0;
      b(static_cast<Eigen::Index>(n)) = -p.squaredNorm();
    }
    const Eigen::Vector3d x = a.colPivHouseholderQr().solve(b);
    const Eigen::Vector2d centre(-0.5 * x(0), -0.5 * x(1));
    const double r2 = centre.squaredNorm() - x(2);
    if (!(r2 > 0)) return std::nullopt;
    AortaCircle c = guess;
    c.centre = centre;
    c.radiusMm = std::sqrt(r2) * px;
    fitted = c;
    std::vector<Eigen::Vector2d> inliers;
    for (const Eigen::Vector2d& p : points)
      if (std::abs((p - centre).norm() * px - c.radiusMm) < std::max(2.0, 0.12 * c.radiusMm)) inliers.push_back(p);
    if (inliers.size() == points.size()) break;
    points = inliers;
  }
  if (!fitted || points.size() < kRays / 3 || fitted->radiusMm < 8.0 || fitted->radiusMm > maxRadiusMm) return std::nullopt;
  // The points must surround the circle: no gap of more than half of it without one.
  std::vector<double> angles;
  for (const Eigen::Vector2d& p : points) angles.push_back(std::atan2(p.y() - fitted->centre.y(), p.x() - fitted->centre.x()));
  std::sort(angles.begin(), angles.end());
  double gap = angles.front() + 2 * M_PI - angles.back();
  for (std::size_t n = 1; n < angles.size(); ++n) gap = std::max(gap, angles[n] - angles[n - 1]);
  if (gap > M_PI) return std::nullopt;
  return fitted;
}

std::vector<double> AortaOutline::outlineOf(const uint8_t* section, int w, int h, const Eigen::Vector2d& centre, double px) {
  const double maxMm = 3 * kMaxRadiusMm;
  std::vector<double> radii(kRays, 0.0);
  for (int ray = 0; ray < kRays; ++ray) {
    const Eigen::Vector2d dir = rayDirection(ray, kRays);
    double r = 0.25;
    for (; r <= maxMm; r += 0.25) {
      const Eigen::Vector2d p = centre + dir * r / px;
      const int i = static_cast<int>(std::lround(p.x())), j = static_cast<int>(std::lround(p.y()));
      if (i < 0 || j < 0 || i >= w || j >= h || !section[static_cast<std::size_t>(j) * w + i]) break;
    }
    radii[static_cast<std::size_t>(ray)] = r - 0.125;  // the edge lies between the last two samples
  }
  return radii;
}

std::vector<uint8_t> AortaOutline::trace(const Volume& ct, const Mask& lungs, int k, const Eigen::Vector2d& centre,
                                         const std::vector<double>& previous, Eigen::Vector2d& shift) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1];
  const double px = g.spacing[0];
  const uint8_t* lung = lungs.slice(k);
  const auto outside = [&](const Eigen::Vector2d& p) {
    const int i = static_cast<int>(std::lround(p.x())), j = static_cast<int>(std::lround(p.y()));
    if (i < 1 || j < 1 || i + 1 >= w || j + 1 >= h) return true;
    // Unsmoothed: a smoothed voxel beside the lung reads as fat, a voxel too early.
    return lung[static_cast<std::size_t>(j) * w + i] || ct.at(i, j, k) < -40;
  };
  // Fit the tube's shift (from the last one) to the rays that see an edge, so that the rays that
  // see none move with it rather than stay behind and shrink the section.
  std::vector<double> radius(kRays);
  int hits = 0;
  for (int round = 0; round < 3; ++round) {
    Eigen::Matrix2d normal = Eigen::Matrix2d::Zero();
    Eigen::Vector2d rhs(0, 0);
    hits = 0;
    for (int ray = 0; ray < kRays; ++ray) {
      const Eigen::Vector2d dir = rayDirection(ray, kRays);
      const double before = previous[static_cast<std::size_t>(ray)];
      const double expected = std::max(0.5, before + shift.dot(dir));
      const double step = std::max(1.5, 0.1 * before);
      double edge = expected;  // no edge near the expected outline: keep to it
      for (double r = 0.25; r <= expected + step; r += 0.25)
        if (outside(centre + dir * r / px)) {
          if (r - 0.125 >= 0.6 * expected) {  // nothing inside a tube reads as fat: an edge well inside is real
            edge = r - 0.125;                 // the edge lies between the last two samples
            ++hits;
            normal += dir * dir.transpose();
            rhs += (edge - before) * dir;
          }
          break;
        }
      radius[static_cast<std::size_t>(ray)] = edge;
    }
    if (hits < kRays / 4) break;
    Eigen::Vector2d fitted = normal.ldlt().solve(rhs);
    const double most = std::max(3.0, g.spacing[2]);
    if (fitted.norm() > most) fitted *= most / fitted.norm();
    if ((fitted - shift).norm() < 0.1) break;
    shift = fitted;
  }
  if (hits < kRays / 4) return {};
  std::vector<double> smoothed(kRays);  // median of 5 rays: no spikes
  for (int ray = 0; ray < kRays; ++ray) {
    std::array<double, 5> near{};
    for (int o = -2; o <= 2; ++o) near[static_cast<std::size_t>(o + 2)] = radius[static_cast<std::size_t>((ray + o + kRays) % kRays)];
    std::nth_element(near.begin(), near.begin() + 2, near.end());
    smoothed[static_cast<std::size_t>(ray)] = near[2];
  }
  std::vector<uint8_t> section(static_cast<std::size_t>(w) * h, 0);
  const double reach = *std::max_element(smoothed.begin(), smoothed.end()) / px + 1;
  for (int j = std::max(0, static_cast<int>(centre.y() - reach)); j <= std::min(h - 1, static_cast<int>(centre.y() + reach)); ++j)
    for (int i = std::max(0, static_cast<int>(centre.x() - reach)); i <= std::min(w - 1, static_cast<int>(centre.x() + reach)); ++i) {
      const Eigen::Vector2d d = (Eigen::Vector2d(i, j) - centre) * px;
      const double angle = std::atan2(d.y(), d.x());
      const double f = (angle < 0 ? angle + 2 * M_PI : angle) / (2 * M_PI) * kRays;
      const int r0 = static_cast<int>(f) % kRays, r1 = (r0 + 1) % kRays;
      const double weight = f - std::floor(f);
      const double limit = (1 - weight) * smoothed[static_cast<std::size_t>(r0)] + weight * smoothed[static_cast<std::size_t>(r1)];
      const std::size_t q = static_cast<std::size_t>(j) * w + i;
      if (d.norm() <= limit && !lung[q]) section[q] = 1;
    }
  return section;
}

void AortaOutline::follow(Mask& mask, const Volume& ct, const Mask& lungs, int start, int step, int stop) {
  const ImageGeometry& g = ct.geometry();
  const int w = g.size[0], h = g.size[1];
  const std::size_t n = static_cast<std::size_t>(w) * h;
  std::vector<uint8_t> section(mask.slice(start), mask.slice(start) + n);
  auto [centre, initial] = centroidAndArea(section.data(), w, h);
  if (initial < 10) return;
  Eigen::Vector2d shift(0, 0);  // mm per slice
  for (int k = start + step; k != stop && k >= 0 && k < g.size[2]; k += step) {
    const std::vector<double> previous = outlineOf(section.data(), w, h, centre, g.spacing[0]);
    std::vector<uint8_t> next = trace(ct, lungs, k, centre, previous, shift);
    if (next.empty()) return;
    const auto [nextCentre, area] = centroidAndArea(next.data(), w, h);
    if (area > 1.6 * initial || area < 0.5 * initial) return;
    uint8_t* m = mask.slice(k);
    for (std::size_t q = 0; q < n; ++q) m[q] |= next[q];
    section = std::move(next);
    centre = nextCentre;
  }
}

}  // namespace heaorta
