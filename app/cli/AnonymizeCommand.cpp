#include "app/cli/AnonymizeCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "core/dicom/DicomAnonymizer.h"
#include "core/util/Error.h"

#include <QFile>

namespace heaorta::cli {

int AnonymizeCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary() + QLatin1Char('\n') +
                                   tr("UIDs are replaced by keyed hashes: give the same --key file to map them the same way in a later run "
                                      "(keep it secret; without it, a new random key is used)."));
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("New or empty folder for the de-identified files."), tr("folder")});
  parser.addOption({QStringLiteral("key"), tr("File whose bytes are the secret key of the UID and ID pseudonyms."), tr("file")});
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  QByteArray key;
  if (parser.isSet(QStringLiteral("key"))) {
    QFile file(parser.value(QStringLiteral("key")));
    if (!file.open(QIODevice::ReadOnly) || (key = file.readAll()).size() < 16) {
      err << tr("error: %1: cannot be read, or holds fewer than 16 bytes").arg(file.fileName()) << '\n';
      return UsageError;
    }
  }
  try {
    ConsoleProgress progress;
    DicomAnonymizer anonymizer(key);
    const DicomAnonymizer::Report report =
        anonymizer.anonymize(parser.positionalArguments().front().toStdString(), parser.value(QStringLiteral("output")).toStdString(), progress);
    for (const auto& [file, why] : report.skipped) out << tr("  not written: %1: %2").arg(QString::fromStdString(file.string()), why) << '\n';
    out << tr("%n de-identified image(s) in %1", nullptr, static_cast<int>(report.written)).arg(parser.value(QStringLiteral("output"))) << '\n';
    return report.written > 0 ? Ok : NotFound;
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
}

}  // namespace heaorta::cli
