#pragma once

#include "core/model/ScanMetadata.h"

#include <filesystem>

namespace heaorta {

// The scan metadata as a BIDS-style JSON sidecar (keys as dcm2niix writes them where it has
// them: Modality, Manufacturer, ConvolutionKernel, SliceThickness, ...; plus KVP and others).
class VolumeSidecar {
 public:
  // Returns false when the file cannot be written.
  static bool write(const ScanMetadata& metadata, const std::filesystem::path& file);
  // Fills what the sidecar has; returns false when there is no readable sidecar.
  static bool read(const std::filesystem::path& file, ScanMetadata& metadata);
};

}  // namespace heaorta
