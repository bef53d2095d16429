#pragma once

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace heaorta {

using Index3 = std::array<int, 3>;

// Voxel grid in patient coordinates (DICOM LPS, millimetres).
// Column j of `direction` is the unit vector of voxel axis j; a voxel index (i, j, k)
// lies at origin + direction * diag(spacing) * (i, j, k).
struct ImageGeometry {
  Index3 size{0, 0, 0};
  Eigen::Vector3d spacing{1.0, 1.0, 1.0};
  Eigen::Vector3d origin{0.0, 0.0, 0.0};
  Eigen::Matrix3d direction = Eigen::Matrix3d::Identity();

  std::size_t voxelCount() const { return static_cast<std::size_t>(size[0]) * size[1] * size[2]; }
  std::size_t sliceVoxelCount() const { return static_cast<std::size_t>(size[0]) * size[1]; }
  double voxelVolumeMm3() const { return spacing.prod(); }
  double pixelAreaMm2() const { return spacing[0] * spacing[1]; }

  std::size_t linearIndex(int i, int j, int k) const { return (static_cast<std::size_t>(k) * size[1] + j) * size[0] + i; }
  bool contains(int i, int j, int k) const { return i >= 0 && j >= 0 && k >= 0 && i < size[0] && j < size[1] && k < size[2]; }

  // Continuous index <-> patient position.
  Eigen::Vector3d indexToPatient(const Eigen::Vector3d& index) const;
  Eigen::Vector3d patientToIndex(const Eigen::Vector3d& patient) const;
  // Nearest voxel to a patient position (may lie outside the grid).
  Index3 nearestVoxel(const Eigen::Vector3d& patient) const;

  // Same grid within a tolerance relative to the voxel size.
  bool sameGrid(const ImageGeometry& other, double tolerance = 1e-3) const;

  // Three-letter code of the anatomical direction each axis points to, e.g. "LPS", "RAI".
  std::string orientationCode() const;
  // True when the axes are orthonormal.
  bool isOrthonormal(double tolerance = 1e-4) const;
};

}  // namespace heaorta
