#pragma once

#include <QString>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace heaorta {

struct DicomSeriesInfo {
  std::string seriesInstanceUid;  // may be empty in anonymised data; then grouped by folder
  std::optional<int> seriesNumber;
  std::string modality;
  std::string description;
  std::string sopClassUid;
  std::string imageType;
  std::optional<double> sliceThicknessMm;
  int rows = 0;
  int columns = 0;
  std::size_t imageCount = 0;  // frames over all files
  std::vector<std::filesystem::path> files;

  bool isCt() const { return modality == "CT"; }
};

struct DicomStudyInfo {
  std::string studyInstanceUid;
  std::string date;
  std::string time;
  std::string description;
  std::string accessionNumber;
  std::vector<DicomSeriesInfo> series;
};

struct DicomPatientInfo {
  std::string patientId;
  std::string name;  // UTF-8
  std::string birthDate;
  std::string sex;
  std::vector<DicomStudyInfo> studies;
};

struct SkippedFile {
  std::filesystem::path file;
  QString reason;  // translated
};

// What a folder of DICOM files holds: patients > studies > series, and what was left out.
struct DicomIndex {
  std::vector<DicomPatientInfo> patients;
  std::vector<SkippedFile> skipped;
  std::size_t filesExamined = 0;

  std::vector<const DicomSeriesInfo*> allSeries() const;
  const DicomSeriesInfo* findSeries(const std::string& seriesInstanceUid) const;
  const DicomSeriesInfo* seriesContaining(const std::filesystem::path& file) const;
  // The CT series a reader most likely wants: most images, then thinnest slices.
  const DicomSeriesInfo* preferredCtSeries() const;
};

}  // namespace heaorta
