#pragma once

#include "core/edit/EditProvenance.h"
#include "core/model/ScanMetadata.h"
#include "core/quant/QuantResult.h"

#include <QDateTime>
#include <QImage>
#include <QPageSize>
#include <QString>

namespace heaorta {

// Everything a printed report shows, gathered by the CLI or the workstation.
struct ReportContent {
  ScanMetadata scan;
  QuantResult result;
  QString segmenter;  // which segmenter made the masks; empty when they came from a file
  EditProvenance edits;
  QString reader;      // who signs; empty: not signed
  QDateTime signedAt;  // when the reader signed off (local time)
  QImage lesionImage;  // axial slice of the largest lesion, calcium highlighted; null without one
  QString lesionCaption;
  int keySlice = -1;  // the CT slice (from 0) the lesion image shows
  QImage view3d;      // the 3D view (the workstation only); null otherwise
  QPageSize::PageSizeId paper = QPageSize::A4;

  // Signed now by `name`; an empty name leaves the report unsigned.
  void signBy(const QString& name) {
    reader = name;
    signedAt = name.isEmpty() ? QDateTime() : QDateTime::currentDateTime();
  }
};

}  // namespace heaorta
