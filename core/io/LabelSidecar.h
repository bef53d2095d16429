#pragma once

#include "core/model/ArteryAssignments.h"
#include "core/model/VoxelImage.h"

#include <QJsonObject>
#include <filesystem>
#include <optional>

namespace heaorta {

// What travels with a saved label map beside the voxels, so that `heaorta score --labels` gives
// what the screen showed: the reader's artery assignments and exclusions of calcified lesions,
// the bone mask the segmenter found (never counted as calcium), who made the masks and the edit
// record. `<labels>.heaorta.json`, and the bone mask as `<labels stem>-bone<extension>`.
class LabelSidecar {
 public:
  struct Contents {
    ArteryAssignments arteries;
    std::optional<VoxelImage<uint8_t>> bone;
    QJsonObject provenance;
    QString origin;
  };

  static std::filesystem::path pathFor(const std::filesystem::path& labelsFile);
  static std::filesystem::path bonePathFor(const std::filesystem::path& labelsFile);
  static void write(const std::filesystem::path& labelsFile, const ArteryAssignments& arteries, const VoxelImage<uint8_t>* bone,
                    const QJsonObject& provenance, const QString& origin);
  // Nothing when there is no sidecar; throws HeaortaError when it is damaged or on another grid.
  static std::optional<Contents> read(const std::filesystem::path& labelsFile, const ImageGeometry& grid);
};

}  // namespace heaorta
