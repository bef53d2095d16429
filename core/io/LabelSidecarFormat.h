#pragma once

#include "core/model/ArteryAssignments.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace heaorta {

// The JSON beside a saved label map (`<labels>.heaorta.json`), written and checked without the
// files it names (LabelSidecar reads and writes those). Outside data: fuzzed on its own.
class LabelSidecarFormat {
  Q_DECLARE_TR_FUNCTIONS(heaorta::LabelSidecarFormat)

 public:
  struct Contents {
    ArteryAssignments arteries;
    QString boneFile;  // a file name in the label map's folder, or empty
    QJsonObject provenance;
    QString origin;
  };

  static QByteArray write(const ArteryAssignments& arteries, const QString& boneFile, const QJsonObject& provenance, const QString& origin);
  // Throws HeaortaError naming `name` when the JSON is damaged, was made on another grid, or names a
  // bone mask outside the label map's folder.
  static Contents parse(const QByteArray& json, const ImageGeometry& grid, const QString& name);
};

}  // namespace heaorta
