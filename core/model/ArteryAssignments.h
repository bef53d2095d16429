#pragma once

#include "core/model/ImageGeometry.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace heaorta {

// Excluded marks calcium the reader ruled out (valve, stent, noise): never scored, and not one of
// the kArteryCount scored categories.
enum class Artery : uint8_t { Unassigned = 0, LM = 1, LAD = 2, LCX = 3, RCA = 4, Other = 5, Excluded = 6 };
constexpr int kArteryCount = 6;

const char* arteryKey(Artery artery);  // "LM", "LAD", ...; "unassigned", "excluded"

// Which coronary artery the reader gave calcified voxels to. Sparse and per slice: only the
// few hundred voxels of calcified lesions are ever assigned, and lesions are found per slice.
class ArteryAssignments {
 public:
  ArteryAssignments() = default;
  explicit ArteryAssignments(const ImageGeometry& geometry);

  void assign(int i, int j, int k, Artery artery);  // Unassigned removes the entry
  Artery at(int i, int j, int k) const;
  // Assignments of one slice, keyed by the in-slice offset j * width + i.
  const std::unordered_map<uint32_t, Artery>& slice(int k) const { return slices_[k]; }
  void clearSlice(int k) { slices_[k].clear(); }
  std::size_t assignedCount() const;
  std::size_t excludedCount() const;
  int sliceCount() const { return static_cast<int>(slices_.size()); }
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  int width_ = 0;
  int height_ = 0;
  std::vector<std::unordered_map<uint32_t, Artery>> slices_;
};

}  // namespace heaorta
