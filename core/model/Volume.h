#pragma once

#include "core/model/ScanMetadata.h"
#include "core/model/VoxelImage.h"

#include <cstdint>

namespace heaorta {

struct HuRange {
  int16_t min = 0;
  int16_t max = 0;
};

// A CT volume in Hounsfield units with the acquisition metadata scoring needs.
class Volume : public VoxelImage<int16_t> {
 public:
  Volume() = default;
  explicit Volume(const ImageGeometry& geometry, int16_t fill = -1024) : VoxelImage(geometry, fill) {}
  Volume(const ImageGeometry& geometry, Uninitialized tag) : VoxelImage(geometry, tag) {}

  ScanMetadata& metadata() { return metadata_; }
  const ScanMetadata& metadata() const { return metadata_; }

  HuRange huRange() const;

 private:
  ScanMetadata metadata_;
};

}  // namespace heaorta
