#include "core/dicom/DicomFrameHeader.h"

#include <QCoreApplication>

namespace heaorta {

QString DicomFrameHeader::label() const {
  const QString name = QString::fromStdString(file.filename().string());
  if (framesInFile <= 1) return name;
  return QCoreApplication::translate("heaorta::DicomFrameHeader", "%1 (frame %2)").arg(name).arg(frame + 1);
}

}  // namespace heaorta
