#include "app/cli/ReportCommand.h"

#include "app/cli/ExitCodes.h"
#include "app/cli/ScoredStudy.h"
#include "app/report/LesionKeyImage.h"
#include "app/report/ReportContent.h"
#include "app/report/ReportWriter.h"
#include "core/quant/ResultPresenter.h"
#include "core/util/Error.h"

namespace heaorta::cli {

ReportContent ReportCommand::contentFor(const ScoredStudy& scored, const QString& reader) {
  ReportContent c;
  c.scan = scored.study.volume.metadata();
  c.result = scored.result;
  c.segmenter = scored.segmenter;
  c.edits = scored.provenance;
  c.signBy(reader);
  LesionKeyImage::addTo(c, scored.study.volume, scored.labels, scored.calcium);
  return c;
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF to write."), tr("file")});
  parser.addOption({QStringLiteral("reader"), tr("The reader who signs the report (default: not signed)."), tr("name")});
  parser.addOption({QStringLiteral("paper"), tr("a4 (default) or letter."), tr("size")});
  ScoredStudy::addOptions(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  const QString paper = parser.value(QStringLiteral("paper")).toLower();
  if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
    err << tr("error: --paper is a4 or letter") << '\n';
    return UsageError;
  }
  try {
    const ScoredStudy scored = ScoredStudy::run(parser);
    ReportContent content = contentFor(scored, parser.value(QStringLiteral("reader")));
    content.paper = paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const QString file = parser.value(QStringLiteral("output"));
    ReportWriter::writePdf(content, file.toStdString());
    const ResultPresenter present(scored.result);
    out << tr("Report written: %1").arg(file) << '\n';
    out << tr("Coronary artery calcium (Agatston): %1").arg(present.cacValue()) << '\n';
    out << (present.verdictGiven() ? tr("Risk tier: %1").arg(present.verdict()) : present.verdict()) << '\n';
    return scored.exitCode();
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
}

}  // namespace heaorta::cli
