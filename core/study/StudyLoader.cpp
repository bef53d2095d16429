#include "core/study/StudyLoader.h"

#include "core/dicom/DicomFolderIndexer.h"
#include "core/io/VolumeFileIO.h"
#include "core/util/Error.h"

namespace fs = std::filesystem;

namespace heaorta {

const DicomSeriesInfo& StudyLoader::chooseSeries(const DicomIndex& index, const fs::path& input, const StudyLoadOptions& options) {
  const QString where = QString::fromStdString(input.string());
  if (!options.seriesInstanceUid.empty()) {
    if (const auto* series = index.findSeries(options.seriesInstanceUid)) return *series;
    throw HeaortaError(ErrorCode::NotFound, tr("%1: no series with UID %2").arg(where, QString::fromStdString(options.seriesInstanceUid)));
  }
  std::error_code ec;
  if (fs::is_regular_file(input, ec))
    if (const auto* series = index.seriesContaining(input)) return *series;
  if (const auto* series = index.preferredCtSeries()) return *series;
  QString message =
      index.allSeries().empty() ? tr("%1: no DICOM images found").arg(where) : tr("%1: no CT series found (only other modalities)").arg(where);
  if (!index.skipped.empty()) {
    const SkippedFile& first = index.skipped.front();
    message += QLatin1Char(' ') + tr("(%n file(s) skipped; first: %1: %2)", nullptr, static_cast<int>(index.skipped.size()))
                                      .arg(QString::fromStdString(first.file.filename().string()), first.reason);
  }
  throw HeaortaError(ErrorCode::NotFound, message);
}

LoadedStudy StudyLoader::load(const fs::path& input, const StudyLoadOptions& options, ProgressSink& progress) {
  LoadedStudy study;
  if (VolumeFileIO::isVolumeFile(input)) {
    study.volume = VolumeFileIO::readVolume(input);
    progress.report(1.0, tr("Volume loaded"));
    return study;
  }
  std::error_code ec;
  const fs::path folder = fs::is_regular_file(input, ec) ? input.parent_path() : input;
  SubProgress indexProgress(progress, 0.0, 0.1);
  study.index = DicomFolderIndexer::index(folder.empty() ? fs::path(".") : folder, indexProgress);
  study.series = &chooseSeries(*study.index, input, options);
  SubProgress loadProgress(progress, 0.1, 1.0);
  study.volume = DicomSeriesLoader::load(study.series->files, options.dicom, loadProgress);
  return study;
}

}  // namespace heaorta
