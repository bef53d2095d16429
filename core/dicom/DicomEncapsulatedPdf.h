#pragma once

#include "core/model/ScanMetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <filesystem>

namespace heaorta {

// The report as a DICOM Encapsulated PDF in the CT's study (a new DOC series), referencing the CT
// image its key image shows, so that the PACS files it with the study.
class DicomEncapsulatedPdf {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomEncapsulatedPdf)

 public:
  // `keySlice`: the CT slice (from 0) shown in the report, or -1. Throws HeaortaError.
  static void write(const QByteArray& pdf, const ScanMetadata& scan, const QString& title, int keySlice, const std::filesystem::path& file);
};

}  // namespace heaorta
