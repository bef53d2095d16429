#pragma once

#include "core/model/Notice.h"

#include <optional>
#include <string>
#include <vector>

namespace heaorta {

// The acquisition facts that scoring depends on, and what identifies the study.
// Strings are UTF-8; optional values are empty when the source did not record them.
struct ScanMetadata {
  std::string modality;
  std::optional<double> kvp;
  std::optional<double> sliceThicknessMm;
  std::optional<double> sliceIncrementMm;  // measured distance between reconstructed slices
  std::string convolutionKernel;
  std::string contrastAgent;  // (0018,0010); empty when none recorded
  std::string patientName;
  std::string patientId;
  std::string patientAge;  // DICOM AS, e.g. "058Y"
  std::string patientSex;
  std::string patientBirthDate;
  std::string studyDate;  // YYYYMMDD
  std::string studyTime;  // HHMMSS(.frac)
  std::string studyId;
  std::string studyDescription;
  std::string seriesDescription;
  std::string manufacturer;
  std::string manufacturerModel;
  std::string institution;
  std::string accessionNumber;
  std::string studyInstanceUid;
  std::string seriesInstanceUid;
  std::string frameOfReferenceUid;
  std::string sopClassUid;
  std::vector<std::string> sliceSopInstanceUids;  // per slice k, for DICOM SEG references
  std::string sourceFormat;                       // "DICOM", "NIfTI", "NRRD", "MetaImage"
  Notices loadNotices;                            // what loading changed or doubts

  bool contrastAgentRecorded() const;
  std::optional<int> patientAgeYears() const;
};

}  // namespace heaorta
