#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <QTextStream>

namespace heaorta::cli {

// Human-readable (translated) descriptions for the CLI's text output.
class TextDescriptions {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::TextDescriptions)

 public:
  static QString seriesTitle(const DicomSeriesInfo& series);
  static void describeIndex(const DicomIndex& index, QTextStream& out);
  static void describeVolume(const Volume& volume, QTextStream& out);
  static QString describeMetadata(const ScanMetadata& metadata);
  static QString orUnknown(const std::string& value);
  static QString orUnknown(const std::optional<double>& value, int decimals);
};

}  // namespace heaorta::cli
