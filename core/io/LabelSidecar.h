#pragma once

#include "core/model/ArteryAssignments.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <filesystem>

namespace heaorta {

// What travels with a saved label map beside the voxels: the reader's artery assignments and
// exclusions of calcified lesions, and the edit provenance. `<labels file>.heaorta.json`.
class LabelSidecar {
  Q_DECLARE_TR_FUNCTIONS(heaorta::LabelSidecar)

 public:
  static std::filesystem::path pathFor(const std::filesystem::path& labelsFile);
  static void write(const std::filesystem::path& labelsFile, const ArteryAssignments& arteries, const QJsonObject& provenance,
                    const QString& origin);
  // False when there is no sidecar; throws HeaortaError when it is damaged or on another grid.
  static bool read(const std::filesystem::path& labelsFile, const ImageGeometry& grid, ArteryAssignments& arteries,
                   QJsonObject* provenance = nullptr);
};

}  // namespace heaorta
