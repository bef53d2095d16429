#pragma once

#include "core/model/ImageGeometry.h"

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace heaorta {

// Large voxel buffers in 2 MB pages: a 512 x 512 x 600 CT is 80,000 small-page faults otherwise.
void* allocateVoxelBuffer(std::size_t bytes);
void releaseVoxelBuffer(void* buffer, std::size_t bytes);
bool isLargeVoxelBuffer(std::size_t bytes);

// Allocates without value-initialising, so that a volume about to be overwritten (decoding,
// resampling) is not filled first: that fill is a serial pass over hundreds of megabytes.
template <typename T>
struct DefaultInitAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  using std::allocator<T>::allocator;
  T* allocate(std::size_t n) {
    if (isLargeVoxelBuffer(n * sizeof(T))) return static_cast<T*>(allocateVoxelBuffer(n * sizeof(T)));
    return std::allocator<T>::allocate(n);
  }
  void deallocate(T* p, std::size_t n) {
    if (isLargeVoxelBuffer(n * sizeof(T)))
      releaseVoxelBuffer(p, n * sizeof(T));
    else
      std::allocator<T>::deallocate(p, n);
  }
  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

struct Uninitialized {};

// A dense voxel array on an ImageGeometry, x fastest, then y, then slices.
template <typename T>
class VoxelImage {
 public:
  using value_type = T;
  using Storage = std::vector<T, DefaultInitAllocator<T>>;

  VoxelImage() = default;
  explicit VoxelImage(const ImageGeometry& geometry, T fill = T{}) : geometry_(geometry), voxels_(geometry.voxelCount(), fill) {}
  // Every voxel must be written before it is read.
  VoxelImage(const ImageGeometry& geometry, Uninitialized) : geometry_(geometry), voxels_(geometry.voxelCount()) {}

  const ImageGeometry& geometry() const { return geometry_; }
  const Index3& size() const { return geometry_.size; }
  bool empty() const { return voxels_.empty(); }

  T at(int i, int j, int k) const { return voxels_[geometry_.linearIndex(i, j, k)]; }
  T& at(int i, int j, int k) { return voxels_[geometry_.linearIndex(i, j, k)]; }

  T* slice(int k) { return voxels_.data() + static_cast<std::size_t>(k) * geometry_.sliceVoxelCount(); }
  const T* slice(int k) const { return voxels_.data() + static_cast<std::size_t>(k) * geometry_.sliceVoxelCount(); }

  Storage& voxels() { return voxels_; }
  const Storage& voxels() const { return voxels_; }
  T* data() { return voxels_.data(); }
  const T* data() const { return voxels_.data(); }

  void fill(T value) { std::fill(voxels_.begin(), voxels_.end(), value); }

 protected:
  ImageGeometry geometry_;
  Storage voxels_;
};

}  // namespace heaorta
