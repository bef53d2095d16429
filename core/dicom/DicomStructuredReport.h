#pragma once

#include "core/edit/EditProvenance.h"
#include "core/model/ScanMetadata.h"
#include "core/quant/QuantResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <filesystem>

namespace heaorta {

// The results as a DICOM Enhanced SR following TID 1500 (Measurement Report), built with DCMTK's
// dcmsr, in the CT's study: language, device (and reader) observer context, the CT images as the
// image library, one measurement group per finding (coronary calcium total and per artery, aortic
// calcium ascending and descending, pericardial fat) with calcium scores as (112058, DCM, "Calcium
// score") by the Agatston (112055), volume (112056) and mass (112057) scoring methods, and the risk
// tier as a qualitative evaluation. When the score is not valid, every score of the segmentation
// carries the qualifier (114011, DCM, "Value indeterminate"), the reasons are a comment, and no tier
// is written. Text in the current language, UTF-8.
class DicomStructuredReport {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomStructuredReport)

 public:
  struct Content {
    ScanMetadata scan;
    QuantResult result;
    QString segmenter;
    EditProvenance edits;
    QString reader;                              // signs (VERIFIED) when given
    QString language = QStringLiteral("en-US");  // RFC 5646
  };
  // Throws HeaortaError (Unsupported without a DICOM study, WriteFailed).
  static void write(const Content& content, const std::filesystem::path& file);
};

}  // namespace heaorta
