#include "core/dicom/DicomIndex.h"

#include <algorithm>

namespace heaorta {

std::vector<const DicomSeriesInfo*> DicomIndex::allSeries() const {
  std::vector<const DicomSeriesInfo*> out;
  for (const auto& patient : patients)
    for (const auto& study : patient.studies)
      for (const auto& series : study.series) out.push_back(&series);
  return out;
}

const DicomSeriesInfo* DicomIndex::findSeries(const std::string& seriesInstanceUid) const {
  for (const auto* series : allSeries())
    if (series->seriesInstanceUid == seriesInstanceUid) return series;
  return nullptr;
}

const DicomSeriesInfo* DicomIndex::seriesContaining(const std::filesystem::path& file) const {
  const auto wanted = std::filesystem::weakly_canonical(file);
  for (const auto* series : allSeries())
    for (const auto& f : series->files)
      if (std::filesystem::weakly_canonical(f) == wanted) return series;
  return nullptr;
}

const DicomSeriesInfo* DicomIndex::preferredCtSeries() const {
  const DicomSeriesInfo* best = nullptr;
  for (const auto* series : allSeries()) {
    if (!series->isCt()) continue;
    if (!best || series->imageCount > best->imageCount ||
        (series->imageCount == best->imageCount && series->sliceThicknessMm.value_or(99) < best->sliceThicknessMm.value_or(99)))
      best = series;
  }
  return best;
}

}  // namespace heaorta
