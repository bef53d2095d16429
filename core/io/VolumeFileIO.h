#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace heaorta {

enum class VolumeFileFormat { Unknown, NIfTI, NRRD, MetaImage };

// NIfTI (.nii, .nii.gz), NRRD (.nrrd, .nhdr) and MetaImage (.mha, .mhd) through ITK, which
// converts each format's orientation convention to LPS. A CT volume also gets a JSON sidecar
// (<name>.json) so that the scoring metadata (kVp, slice thickness, ...) survives the trip.
class VolumeFileIO {
  Q_DECLARE_TR_FUNCTIONS(heaorta::VolumeFileIO)

 public:
  static VolumeFileFormat formatOf(const std::filesystem::path& file);
  static bool isVolumeFile(const std::filesystem::path& file) { return formatOf(file) != VolumeFileFormat::Unknown; }
  static std::filesystem::path sidecarPath(const std::filesystem::path& file);
  // The file name split into its stem and its volume extension (".nii.gz", ".nrrd", ...; matched
  // case-insensitively); the extension is empty for other names.
  static std::pair<std::string, std::string> splitName(const std::filesystem::path& file);

  // Voxel values are rounded to whole HU and clamped to int16 (noted in the metadata).
  static Volume readVolume(const std::filesystem::path& file);
  static void writeVolume(const Volume& volume, const std::filesystem::path& file);

  // Label values must be whole numbers 0-255.
  static LabelMap readLabelMap(const std::filesystem::path& file);
  static void writeLabelMap(const LabelMap& labels, const std::filesystem::path& file);
  // With extra header fields (NRRD `key:=value`, as 3D Slicer's .seg.nrrd needs).
  static void writeLabelMap(const LabelMap& labels, const std::filesystem::path& file,
                            const std::vector<std::pair<std::string, std::string>>& headerFields);
};

}  // namespace heaorta
