#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <optional>

namespace heaorta {

struct StudyLoadOptions {
  std::string seriesInstanceUid;  // empty: the series containing a given file, else the preferred CT series
  DicomLoadOptions dicom;
};

struct LoadedStudy {
  Volume volume;
  std::optional<DicomIndex> index;          // set when the input was DICOM
  const DicomSeriesInfo* series = nullptr;  // points into index
};

// Opens whatever a user points at: a DICOM folder (indexed, then one CT series loaded), one DICOM
// file (its folder's series that holds it), or a NIfTI/NRRD/MetaImage volume.
class StudyLoader {
  Q_DECLARE_TR_FUNCTIONS(heaorta::StudyLoader)

 public:
  static LoadedStudy load(const std::filesystem::path& input, const StudyLoadOptions& options, ProgressSink& progress);
  // Chooses the series to load from an index; throws NotFound with the reasons files were skipped.
  static const DicomSeriesInfo& chooseSeries(const DicomIndex& index, const std::filesystem::path& input, const StudyLoadOptions& options);
};

}  // namespace heaorta
