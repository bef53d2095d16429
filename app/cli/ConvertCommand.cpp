#include "app/cli/ConvertCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "core/io/VolumeFileIO.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"

namespace heaorta::cli {

int ConvertCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output volume (.nii.gz, .nii, .nrrd, .mha)."), tr("file")});
  StudyOptions::add(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  try {
    ConsoleProgress progress;
    const LoadedStudy study = StudyLoader::load(parser.positionalArguments().front().toStdString(), StudyOptions::read(parser), progress);
    const std::filesystem::path output = parser.value(QStringLiteral("output")).toStdString();
    VolumeFileIO::writeVolume(study.volume, output);
    out << tr("Wrote %1").arg(QString::fromStdString(output.string())) << '\n';
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
  return Ok;
}

}  // namespace heaorta::cli
