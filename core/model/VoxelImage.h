#pragma once

#include "core/model/ImageGeometry.h"

#include <algorithm>
#include <vector>

namespace heaorta {

// A dense voxel array on an ImageGeometry, x fastest, then y, then slices.
template <typename T>
class VoxelImage {
 public:
  using value_type = T;

  VoxelImage() = default;
  explicit VoxelImage(const ImageGeometry& geometry, T fill = T{})
      : geometry_(geometry), voxels_(geometry.voxelCount(), fill) {}

  const ImageGeometry& geometry() const { return geometry_; }
  const Index3& size() const { return geometry_.size; }
  bool empty() const { return voxels_.empty(); }

  T at(int i, int j, int k) const { return voxels_[geometry_.linearIndex(i, j, k)]; }
  T& at(int i, int j, int k) { return voxels_[geometry_.linearIndex(i, j, k)]; }

  T* slice(int k) { return voxels_.data() + static_cast<std::size_t>(k) * geometry_.sliceVoxelCount(); }
  const T* slice(int k) const {
    return voxels_.data() + static_cast<std::size_t>(k) * geometry_.sliceVoxelCount();
  }

  std::vector<T>& voxels() { return voxels_; }
  const std::vector<T>& voxels() const { return voxels_; }
  T* data() { return voxels_.data(); }
  const T* data() const { return voxels_.data(); }

  void fill(T value) { std::fill(voxels_.begin(), voxels_.end(), value); }

 protected:
  ImageGeometry geometry_;
  std::vector<T> voxels_;
};

}  // namespace heaorta
