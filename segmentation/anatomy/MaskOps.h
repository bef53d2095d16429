#pragma once

#include "core/model/VoxelImage.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace heaorta {

using Mask = VoxelImage<uint8_t>;

struct ComponentInfo {
  std::size_t voxels = 0;
  Index3 min{0, 0, 0};
  Index3 max{0, 0, 0};
  Eigen::Vector3d centroid = Eigen::Vector3d::Zero();  // voxel index units
};

// Binary-mask operations for the anatomical segmenter: components, hole filling, distances and
// morphology in millimetres (anisotropic voxels).
namespace maskops {

// 6-connected components; labels[v] = component number (1-based) or 0.
std::vector<ComponentInfo> components3d(const Mask& mask, std::vector<int32_t>& labels);
// Keeps the components `keep(info)` accepts.
Mask keepComponents3d(const Mask& mask, const std::function<bool(const ComponentInfo&)>& keep);
Mask largestComponent3d(const Mask& mask);

// 2-D components of one slice (8-connected, or 4-connected: edge neighbours only); returns their
// sizes (index = label - 1).
std::vector<std::size_t> components2d(const uint8_t* slice, int width, int height, std::vector<int32_t>& labels, int connectivity = 8);
// Background not reachable from the slice border becomes foreground, slice by slice.
void fillHolesPerSlice(Mask& mask);
// Keeps, slice by slice, only the largest 2-D component.
void largestComponentPerSlice(Mask& mask);

// Exact Euclidean distance (mm) from every voxel to the nearest foreground voxel (0 inside).
std::vector<float> distanceToForeground(const Mask& mask);
// Same, restricted to each slice (2-D distances).
std::vector<float> distanceToForeground2d(const Mask& mask);

Mask dilate(const Mask& mask, double mm);
Mask erode(const Mask& mask, double mm);
Mask open(const Mask& mask, double mm);
Mask close(const Mask& mask, double mm);
Mask dilate2d(const Mask& mask, double mm);
Mask erode2d(const Mask& mask, double mm);

std::size_t count(const Mask& mask);
Mask logicalAnd(const Mask& a, const Mask& b);
Mask logicalAndNot(const Mask& a, const Mask& b);
Mask logicalOr(const Mask& a, const Mask& b);

}  // namespace maskops
}  // namespace heaorta
