#include "core/io/LabelSidecar.h"

#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace heaorta {

std::filesystem::path LabelSidecar::pathFor(const std::filesystem::path& labelsFile) {
  return labelsFile.parent_path() / (labelsFile.filename().string() + ".heaorta.json");
}

std::filesystem::path LabelSidecar::bonePathFor(const std::filesystem::path& labelsFile) {
  const auto [stem, extension] = VolumeFileIO::splitName(labelsFile);
  return labelsFile.parent_path() / (stem + "-bone" + extension);
}

void LabelSidecar::write(const std::filesystem::path& labelsFile, const ArteryAssignments& arteries, const VoxelImage<uint8_t>* bone,
                         const QJsonObject& provenance, const QString& origin) {
  QJsonValue boneName = QJsonValue::Null;
  if (bone && !bone->empty()) {
    LabelMap mask(bone->geometry());
    mask.voxels().assign(bone->voxels().begin(), bone->voxels().end());
    VolumeFileIO::writeLabelMap(mask, bonePathFor(labelsFile));
    boneName = QString::fromStdString(bonePathFor(labelsFile).filename().string());
  }
  QJsonArray assigned;
  for (int k = 0; k < arteries.sliceCount(); ++k)
    for (const auto& [key, artery] : arteries.slice(k))
      assigned.append(
          QJsonArray{static_cast<int>(key % arteries.width()), static_cast<int>(key / arteries.width()), k, QLatin1String(arteryKey(artery))});
  const QJsonObject json{{"format", "heaorta-label-sidecar/1"},
                         {"size", QJsonArray{arteries.width(), arteries.height(), arteries.sliceCount()}},
                         {"masks_made_by", origin},
                         {"bone_mask", boneName},
                         {"artery_assignments", assigned},
                         {"edits", provenance}};
  AtomicFile::write(pathFor(labelsFile), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<LabelSidecar::Contents> LabelSidecar::read(const std::filesystem::path& labelsFile, const ImageGeometry& grid) {
  QFile file(QString::fromStdString(pathFor(labelsFile).string()));
  if (!file.exists()) return std::nullopt;
  const auto damaged = [&] {
    return HeaortaError(ErrorCode::InvalidInput, tr("%1: the lesion assignments beside the label map are damaged").arg(file.fileName()));
  };
  if (!file.open(QIODevice::ReadOnly)) throw damaged();
  const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
  const QJsonArray size = json[QStringLiteral("size")].toArray();
  if (size.size() != 3 || size[0].toInt() != grid.size[0] || size[1].toInt() != grid.size[1] || size[2].toInt() != grid.size[2])
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the lesion assignments were made on another grid").arg(file.fileName()));
  Contents c;
  c.arteries = ArteryAssignments(grid);
  for (const QJsonValue& v : json[QStringLiteral("artery_assignments")].toArray()) {
    const QJsonArray a = v.toArray();
    const int i = a[0].toInt(-1), j = a[1].toInt(-1), k = a[2].toInt(-1);
    if (a.size() != 4 || !grid.contains(i, j, k)) throw damaged();
    const QString key = a[3].toString();
    Artery artery = Artery::Unassigned;
    for (int code = 1; code <= static_cast<int>(Artery::Excluded); ++code)
      if (key == QLatin1String(arteryKey(static_cast<Artery>(code)))) artery = static_cast<Artery>(code);
    if (artery == Artery::Unassigned) throw damaged();
    c.arteries.assign(i, j, k, artery);
  }
  const QString bone = json[QStringLiteral("bone_mask")].toString();
  if (!bone.isEmpty()) {
    const LabelMap mask = LabelMapAligner::alignTo(VolumeFileIO::readLabelMap(labelsFile.parent_path() / bone.toStdString()), grid);
    c.bone = VoxelImage<uint8_t>(grid, 0);
    c.bone->voxels().assign(mask.voxels().begin(), mask.voxels().end());
  }
  c.provenance = json[QStringLiteral("edits")].toObject();
  c.origin = json[QStringLiteral("masks_made_by")].toString();
  return c;
}
}  // namespace heaorta
