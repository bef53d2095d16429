#include "core/model/ImageGeometry.h"

#include <Eigen/LU>
#include <cmath>

namespace heaorta {

Eigen::Vector3d ImageGeometry::indexToPatient(const Eigen::Vector3d& index) const { return origin + direction * spacing.cwiseProduct(index); }

Eigen::Vector3d ImageGeometry::patientToIndex(const Eigen::Vector3d& patient) const {
  // direction is orthonormal for every grid we build, but a NIfTI sform may not be: invert it.
  const Eigen::Vector3d scaled = direction.inverse() * (patient - origin);
  return scaled.cwiseQuotient(spacing);
}

Index3 ImageGeometry::nearestVoxel(const Eigen::Vector3d& patient) const {
  const Eigen::Vector3d idx = patientToIndex(patient);
  return {static_cast<int>(std::lround(idx[0])), static_cast<int>(std::lround(idx[1])), static_cast<int>(std::lround(idx[2]))};
}

bool ImageGeometry::sameGrid(const ImageGeometry& other, double tolerance) const {
  if (size != other.size) return false;
  const double voxel = spacing.minCoeff();
  if ((spacing - other.spacing).cwiseAbs().maxCoeff() > tolerance * voxel) return false;
  if ((origin - other.origin).cwiseAbs().maxCoeff() > tolerance * voxel) return false;
  return (direction - other.direction).cwiseAbs().maxCoeff() <= tolerance;
}

std::string ImageGeometry::orientationCode() const {
  // LPS: +x is patient Left, +y Posterior, +z Superior.
  static const char positive[3] = {'L', 'P', 'S'};
  static const char negative[3] = {'R', 'A', 'I'};
  std::string code;
  for (int axis = 0; axis < 3; ++axis) {
    const Eigen::Vector3d d = direction.col(axis);
    int dominant = 0;
    d.cwiseAbs().maxCoeff(&dominant);
    code += d[dominant] >= 0 ? positive[dominant] : negative[dominant];
  }
  return code;
}

bool ImageGeometry::isOrthonormal(double tolerance) const {
  return (direction.transpose() * direction - Eigen::Matrix3d::Identity()).cwiseAbs().maxCoeff() <= tolerance;
}

}  // namespace heaorta
