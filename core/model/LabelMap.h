#pragma once

#include "core/model/VoxelImage.h"

#include <array>
#include <cstdint>

namespace heaorta {

// Anatomy labels. Values above DescendingAorta are free for future structures.
enum Label : uint8_t {
  Background = 0,
  Heart = 1,  // pericardial sac, including the fat inside it
  AscendingAorta = 2,
  DescendingAorta = 3,
};

constexpr int kLabelCount = 256;

// Untranslated English name of a label, for files and machine-readable output.
const char* labelKey(uint8_t label);
// The colour a label is shown in by default (0-255 RGB), shared by the viewers and exported files.
std::array<uint8_t, 3> labelDefaultRgb(uint8_t label);

// One label per voxel on the CT grid: the single source of truth for every mask-derived number.
class LabelMap : public VoxelImage<uint8_t> {
 public:
  LabelMap() = default;
  explicit LabelMap(const ImageGeometry& geometry) : VoxelImage(geometry, Background) {}

  std::size_t count(uint8_t label) const;
  std::array<std::size_t, kLabelCount> histogram() const;
  double volumeMl(uint8_t label) const { return count(label) * geometry_.voxelVolumeMm3() / 1000.0; }
};

}  // namespace heaorta
