#include "core/dicom/SliceStackPlanner.h"

#include "core/util/Error.h"

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace heaorta {
namespace {

constexpr double kOrientationTolerance = 1e-3;  // direction cosines written with few decimals
constexpr double kSamePositionMm = 0.005;
constexpr double kShearToleranceMm = 0.01;
constexpr int kMinimumSlices = 3;

HeaortaError invalid(const QString& message) { return HeaortaError(ErrorCode::InvalidInput, message); }

void checkConsistent(const std::vector<DicomFrameHeader>& frames) {
  const DicomFrameHeader& ref = frames.front();
  for (const auto& f : frames) {
    if (!f.hasPosition || !f.hasOrientation)
      throw invalid(SliceStackPlanner::tr("%1: no Image Position/Orientation (Patient), so the slice cannot be placed").arg(f.label()));
    if ((f.rowDirection - ref.rowDirection).cwiseAbs().maxCoeff() > kOrientationTolerance ||
        (f.columnDirection - ref.columnDirection).cwiseAbs().maxCoeff() > kOrientationTolerance)
      throw invalid(SliceStackPlanner::tr("%1 and %2 have different orientations: the series mixes image planes").arg(ref.label(), f.label()));
    if (f.rows != ref.rows || f.columns != ref.columns)
      throw invalid(SliceStackPlanner::tr("%1 is %2 x %3 pixels but %4 is %5 x %6: the series mixes image sizes")
                        .arg(f.label())
                        .arg(f.columns)
                        .arg(f.rows)
                        .arg(ref.label())
                        .arg(ref.columns)
                        .arg(ref.rows));
    if (std::abs(f.spacingX - ref.spacingX) > 1e-4 || std::abs(f.spacingY - ref.spacingY) > 1e-4)
      throw invalid(SliceStackPlanner::tr("%1 and %2 have different pixel spacings").arg(ref.label(), f.label()));
  }
  if (ref.spacingX <= 0 || ref.spacingY <= 0) throw invalid(SliceStackPlanner::tr("%1: Pixel Spacing is missing or not positive").arg(ref.label()));
  if (std::abs(ref.rowDirection.dot(ref.columnDirection)) > 1e-3)
    throw invalid(SliceStackPlanner::tr("%1: the row and column directions are not perpendicular").arg(ref.label()));
}

double median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
  return values[values.size() / 2];
}

QString mm(double value) { return QString::number(value, 'f', 2); }

}  // namespace

StackPlan SliceStackPlanner::plan(const std::vector<DicomFrameHeader>& frames, const StackOptions& options) {
  if (frames.empty()) throw invalid(tr("The series has no images."));
  checkConsistent(frames);
  const DicomFrameHeader& ref = frames.front();
  const Eigen::Vector3d normal = ref.rowDirection.cross(ref.columnDirection).normalized();

  std::vector<std::size_t> order(frames.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<double> distance(frames.size());
  for (std::size_t i = 0; i < frames.size(); ++i) distance[i] = frames[i].position.dot(normal);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return distance[a] < distance[b]; });

  StackPlan plan;
  // The same instance stored twice is harmless; two different images at one place are not.
  for (std::size_t idx : order) {
    if (!plan.order.empty()) {
      const DicomFrameHeader& previous = frames[plan.order.back()];
      const DicomFrameHeader& current = frames[idx];
      if (std::abs(distance[idx] - distance[plan.order.back()]) < kSamePositionMm) {
        const bool sameInstance =
            !current.sopInstanceUid.empty() && current.sopInstanceUid == previous.sopInstanceUid && current.frame == previous.frame;
        if (!sameInstance)
          throw invalid(tr("%1 and %2 are different images at the same position (%3 mm along the slice normal): "
                           "the folder mixes acquisitions or reconstructions of one series")
                            .arg(previous.label(), current.label(), mm(distance[idx])));
        plan.notices.push_back({QStringLiteral("duplicate-file"), tr("%1 is a copy of %2 and was ignored").arg(current.label(), previous.label())});
        continue;
      }
    }
    plan.order.push_back(idx);
  }
  if (plan.order.size() < static_cast<std::size_t>(kMinimumSlices))
    throw HeaortaError(ErrorCode::Unsupported,
                       tr("The series has %n slice(s); a CT volume needs at least 3.", nullptr, static_cast<int>(plan.order.size())));

  const Eigen::Vector3d first = frames[plan.order.front()].position;
  for (std::size_t idx : plan.order) {
    const Eigen::Vector3d delta = frames[idx].position - first;
    plan.offsets.push_back(delta.dot(normal));
    plan.inPlaneShifts.emplace_back(delta.dot(ref.rowDirection), delta.dot(ref.columnDirection));
  }

  std::vector<double> gaps;
  for (std::size_t k = 1; k < plan.offsets.size(); ++k) gaps.push_back(plan.offsets[k] - plan.offsets[k - 1]);
  const double spacing = median(gaps);
  const double tolerance = std::max(0.01, 0.02 * spacing);
  plan.sliceSpacing = spacing;

  for (std::size_t k = 0; k < gaps.size(); ++k) {
    if (gaps[k] <= 1.5 * spacing) continue;
    const int missing = static_cast<int>(std::lround(gaps[k] / spacing)) - 1;
    const QString where = tr("between %1 and %2 (gap %3 mm, expected %4 mm; about %n slice(s) missing)", nullptr, missing)
                              .arg(frames[plan.order[k]].label(), frames[plan.order[k + 1]].label(), mm(gaps[k]), mm(spacing));
    if (!options.resampleMissingSlices)
      throw invalid(tr("Slices are missing %1. Load the complete series, or allow interpolation across gaps.").arg(where));
    plan.notices.push_back({QStringLiteral("missing-slices"), tr("Slices missing %1 were interpolated.").arg(where)});
    plan.needsResampling = true;
  }
  const bool uneven = std::any_of(gaps.begin(), gaps.end(), [&](double g) { return std::abs(g - spacing) > tolerance; });
  if (uneven && !plan.needsResampling) {
    const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
    plan.notices.push_back({QStringLiteral("non-uniform-spacing"),
                            tr("Slice spacing varies from %1 to %2 mm; the volume was resampled to %3 mm.").arg(mm(*lo), mm(*hi), mm(spacing))});
    plan.needsResampling = true;
  }

  const Eigen::Vector2d lastShift = plan.inPlaneShifts.back();
  const bool sheared = std::any_of(plan.inPlaneShifts.begin(), plan.inPlaneShifts.end(),
                                   [](const Eigen::Vector2d& s) { return s.cwiseAbs().maxCoeff() > kShearToleranceMm; });
  if (sheared) {
    plan.tiltDegrees = std::atan2(lastShift.norm(), plan.offsets.back()) * 180.0 / M_PI;
    const QString angle = QString::number(plan.tiltDegrees, 'f', 1);
    if (!options.correctGantryTilt)
      throw HeaortaError(ErrorCode::Unsupported,
                         tr("The series was acquired with a gantry tilt of %1 degrees; tilt correction is switched off.").arg(angle));
    plan.notices.push_back(
        {QStringLiteral("gantry-tilt"), tr("Gantry tilt of %1 degrees corrected by resampling the slices onto an orthogonal grid.").arg(angle)});
    plan.needsResampling = true;
  }

  ImageGeometry& g = plan.geometry;
  g.direction.col(0) = ref.rowDirection;
  g.direction.col(1) = ref.columnDirection;
  g.direction.col(2) = normal;
  g.spacing = {ref.spacingX, ref.spacingY, spacing};
  g.origin = first;
  const int sliceCount =
      plan.needsResampling ? static_cast<int>(std::lround(plan.offsets.back() / spacing)) + 1 : static_cast<int>(plan.order.size());
  g.size = {ref.columns, ref.rows, sliceCount};
  return plan;
}

}  // namespace heaorta
