#include "app/cli/CliCommand.h"

#include "app/cli/ExitCodes.h"
#include "core/study/StudyLoader.h"

namespace heaorta::cli {

void StudyOptions::add(QCommandLineParser& parser) {
  parser.addPositionalArgument(QStringLiteral("input"), tr("DICOM folder, DICOM file, or volume file."));
  parser.addOption({QStringLiteral("series"), tr("Load the series with this Series Instance UID."), tr("uid")});
  parser.addOption({QStringLiteral("allow-gaps"), tr("Interpolate across missing slices instead of refusing the series.")});
  parser.addOption({QStringLiteral("no-tilt-correction"), tr("Refuse gantry-tilted series instead of resampling them.")});
}

bool StudyOptions::hasOutput(const QCommandLineParser& parser, QTextStream& err, int* exitCode) {
  if (parser.isSet(QStringLiteral("output"))) return true;
  err << tr("error: --output is required") << '\n';
  *exitCode = UsageError;
  return false;
}

StudyLoadOptions StudyOptions::read(const QCommandLineParser& parser) {
  StudyLoadOptions options;
  options.seriesInstanceUid = parser.value(QStringLiteral("series")).toStdString();
  options.dicom.stack.resampleMissingSlices = parser.isSet(QStringLiteral("allow-gaps"));
  options.dicom.stack.correctGantryTilt = !parser.isSet(QStringLiteral("no-tilt-correction"));
  return options;
}

bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments, int positional, QTextStream& out, QTextStream& err, int* exitCode) {
  const QCommandLineOption help = parser.addHelpOption();
  if (!parser.parse(arguments)) {
    err << parser.errorText() << "\n\n" << parser.helpText();
    *exitCode = UsageError;
    return false;
  }
  if (parser.isSet(help)) {
    out << parser.helpText();
    *exitCode = Ok;
    return false;
  }
  if (positional >= 0 ? parser.positionalArguments().size() != positional : parser.positionalArguments().isEmpty()) {
    err << parser.helpText();
    *exitCode = UsageError;
    return false;
  }
  return true;
}

}  // namespace heaorta::cli
