#include "core/io/LabelSidecar.h"

#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace heaorta {

std::filesystem::path LabelSidecar::pathFor(const std::filesystem::path& labelsFile) {
  return labelsFile.parent_path() / (labelsFile.filename().string() + ".heaorta.json");
}

void LabelSidecar::write(const std::filesystem::path& labelsFile, const ArteryAssignments& arteries, const QJsonObject& provenance,
                         const QString& origin) {
  QJsonArray assigned;
  for (int k = 0; k < arteries.sliceCount(); ++k)
    for (const auto& [key, artery] : arteries.slice(k))
      assigned.append(QJsonArray{static_cast<int>(key % arteries.width()), static_cast<int>(key / arteries.width()), k,
                                 QLatin1String(arteryKey(artery))});
  const QJsonObject json{{"format", "heaorta-label-sidecar/1"},
                         {"size", QJsonArray{arteries.width(), arteries.height(), arteries.sliceCount()}},
                         {"masks_made_by", origin},
                         {"artery_assignments", assigned},
                         {"edits", provenance}};
  AtomicFile::write(pathFor(labelsFile), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

bool LabelSidecar::read(const std::filesystem::path& labelsFile, const ImageGeometry& grid, ArteryAssignments& arteries,
                        QJsonObject* provenance) {
  QFile file(QString::fromStdString(pathFor(labelsFile).string()));
  if (!file.exists()) return false;
  const auto damaged = [&] {
    return HeaortaError(ErrorCode::InvalidInput, tr("%1: the lesion assignments beside the label map are damaged").arg(file.fileName()));
  };
  if (!file.open(QIODevice::ReadOnly)) throw damaged();
  const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
  const QJsonArray size = json[QStringLiteral("size")].toArray();
  if (size.size() != 3 || size[0].toInt() != grid.size[0] || size[1].toInt() != grid.size[1] || size[2].toInt() != grid.size[2])
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the lesion assignments were made on another grid").arg(file.fileName()));
  arteries = ArteryAssignments(grid);
  for (const QJsonValue& v : json[QStringLiteral("artery_assignments")].toArray()) {
    const QJsonArray a = v.toArray();
    const int i = a[0].toInt(-1), j = a[1].toInt(-1), k = a[2].toInt(-1);
    if (a.size() != 4 || !grid.contains(i, j, k)) throw damaged();
    const QString key = a[3].toString();
    Artery artery = Artery::Unassigned;
    for (int c = 1; c <= static_cast<int>(Artery::Excluded); ++c)
      if (key == QLatin1String(arteryKey(static_cast<Artery>(c)))) artery = static_cast<Artery>(c);
    if (artery == Artery::Unassigned) throw damaged();
    arteries.assign(i, j, k, artery);
  }
  if (provenance) *provenance = json[QStringLiteral("edits")].toObject();
  return true;
}

}  // namespace heaorta
