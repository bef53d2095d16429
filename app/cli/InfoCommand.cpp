#include "app/cli/InfoCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/TextDescriptions.h"
#include "core/dicom/DicomFolderIndexer.h"
#include "core/io/VolumeFileIO.h"
#include "core/study/StudyJson.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"

#include <QJsonDocument>

namespace heaorta::cli {

int InfoCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
  StudyOptions::add(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;

  const bool json = parser.isSet(QStringLiteral("json"));
  const std::filesystem::path input = parser.positionalArguments().front().toStdString();
  const StudyLoadOptions options = StudyOptions::read(parser);
  ConsoleProgress progress;
  QJsonObject report{{"input", QString::fromStdString(input.string())}};

  std::optional<DicomIndex> index;
  try {
    if (!VolumeFileIO::isVolumeFile(input)) {
      std::error_code ec;
      index = DicomFolderIndexer::index(std::filesystem::is_regular_file(input, ec) ? input.parent_path() : input, progress);
      report["dicom"] = toJson(*index);
      if (!json) TextDescriptions::describeIndex(*index, out);
    }
    Volume volume;
    if (index) {
      const DicomSeriesInfo& series = StudyLoader::chooseSeries(*index, input, options);
      report["loaded_series_instance_uid"] = QString::fromStdString(series.seriesInstanceUid);
      if (!json)
        out << tr("Loading series %1 (%n image(s))...", nullptr, static_cast<int>(series.imageCount)).arg(TextDescriptions::seriesTitle(series))
            << '\n';
      volume = DicomSeriesLoader::load(series.files, options.dicom, progress);
    } else {
      volume = VolumeFileIO::readVolume(input);
    }
    report["volume"] = describeVolume(volume);
    if (!json) TextDescriptions::describeVolume(volume, out);
  } catch (const HeaortaError& e) {
    report["error"] = QJsonObject{{"exit_code", exitCodeFor(e.code())}, {"message", e.message()}};
    if (json) out << QJsonDocument(report).toJson();
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
  if (json) out << QJsonDocument(report).toJson();
  return Ok;
}

}  // namespace heaorta::cli
