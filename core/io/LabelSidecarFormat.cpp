#include "core/io/LabelSidecarFormat.h"

#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace heaorta {

QByteArray LabelSidecarFormat::write(const ArteryAssignments& arteries, const QString& boneFile, const QJsonObject& provenance,
                                     const QString& origin) {
  QJsonArray assigned;
  for (int k = 0; k < arteries.sliceCount(); ++k)
    for (const auto& [key, artery] : arteries.slice(k))
      assigned.append(
          QJsonArray{static_cast<int>(key % arteries.width()), static_cast<int>(key / arteries.width()), k, QLatin1String(arteryKey(artery))});
  const QJsonObject json{{"format", "heaorta-label-sidecar/1"},
                         {"size", QJsonArray{arteries.width(), arteries.height(), arteries.sliceCount()}},
                         {"masks_made_by", origin},
                         {"bone_mask", boneFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(boneFile)},
                         {"artery_assignments", assigned},
                         {"edits", provenance}};
  return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

LabelSidecarFormat::Contents LabelSidecarFormat::parse(const QByteArray& bytes, const ImageGeometry& grid, const QString& name) {
  const auto damaged = [&] {
    return HeaortaError(ErrorCode::InvalidInput, tr("%1: the lesion assignments beside the label map are damaged").arg(name));
  };
  const QJsonObject json = QJsonDocument::fromJson(bytes).object();
  const QJsonArray size = json[QStringLiteral("size")].toArray();
  if (size.size() != 3 || size[0].toInt() != grid.size[0] || size[1].toInt() != grid.size[1] || size[2].toInt() != grid.size[2])
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the lesion assignments were made on another grid").arg(name));
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
  // The bone mask lies beside the label map: a bare file name, never a path that leads elsewhere.
  c.boneFile = json[QStringLiteral("bone_mask")].toString();
  if (c.boneFile.contains(QLatin1Char('/')) || c.boneFile.contains(QLatin1Char('\\')) || c.boneFile == QLatin1String("..") ||
      c.boneFile == QLatin1String("."))
    throw damaged();
  c.provenance = json[QStringLiteral("edits")].toObject();
  c.origin = json[QStringLiteral("masks_made_by")].toString();
  return c;
}

}  // namespace heaorta
