#include "viewers/mpr/ViewOrientation.h"

#include <Eigen/Geometry>
#include <cmath>

namespace heaorta {
namespace {

// LPS letter of a patient direction's dominant component.
QString letterOf(const Eigen::Vector3d& patient) {
  int axis = 0;
  patient.cwiseAbs().maxCoeff(&axis);
  static const char* positive[3] = {"L", "P", "S"};
  static const char* negative[3] = {"R", "A", "I"};
  return QString::fromLatin1(patient[axis] >= 0 ? positive[axis] : negative[axis]);
}

// The index axis (other than `exclude`) most aligned with a patient direction, and its sign.
std::pair<int, int> nearestAxis(const Eigen::Matrix3d& direction, const Eigen::Vector3d& patient, int exclude) {
  int best = -1;
  double bestDot = 0;
  for (int a = 0; a < 3; ++a) {
    if (a == exclude) continue;
    const double dot = direction.col(a).dot(patient);
    if (best < 0 || std::abs(dot) > std::abs(bestDot)) {
      best = a;
      bestDot = dot;
    }
  }
  return {best, bestDot >= 0 ? 1 : -1};
}

}  // namespace

Eigen::Vector3d ViewOrientation::viewUp() const {
  Eigen::Vector3d up = Eigen::Vector3d::Zero();
  up[upAxis] = upSign;
  return up;
}

Eigen::Vector3d ViewOrientation::directionOfProjection() const {
  Eigen::Vector3d right = Eigen::Vector3d::Zero();
  right[rightAxis] = rightSign;
  return viewUp().cross(right);  // VTK: screen right = projection x view-up
}

ViewOrientation ViewOrientation::forPlane(Plane plane, const Eigen::Matrix3d& direction) {
  const Eigen::Vector3d L(1, 0, 0), P(0, 1, 0), S(0, 0, 1);
  Eigen::Vector3d normal = S, right = L, up = -P;
  switch (plane) {
    case Plane::Axial:
      normal = S;
      right = L;
      up = -P;
      break;
    case Plane::Coronal:
      normal = P;
      right = L;
      up = S;
      break;
    case Plane::Sagittal:
      normal = L;
      right = P;
      up = S;
      break;
  }
  ViewOrientation o;
  o.sliceAxis = nearestAxis(direction, normal, -1).first;
  std::tie(o.rightAxis, o.rightSign) = nearestAxis(direction, right, o.sliceAxis);
  const int remaining = 3 - o.sliceAxis - o.rightAxis;
  o.upAxis = remaining;
  o.upSign = direction.col(remaining).dot(up) >= 0 ? 1 : -1;
  const Eigen::Vector3d screenRight = o.rightSign * direction.col(o.rightAxis);
  const Eigen::Vector3d screenUp = o.upSign * direction.col(o.upAxis);
  o.rightLabel = letterOf(screenRight);
  o.leftLabel = letterOf(-screenRight);
  o.topLabel = letterOf(screenUp);
  o.bottomLabel = letterOf(-screenUp);
  return o;
}

}  // namespace heaorta
