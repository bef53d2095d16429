#include "app/cli/ExportCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/ScoredStudy.h"
#ifdef HEAORTA_WITH_REPORT
#include "app/cli/ReportCommand.h"
#include "app/report/ReportContent.h"
#include "app/report/ReportWriter.h"
#include "core/dicom/DicomEncapsulatedPdf.h"
#endif
#include "core/dicom/DicomStructuredReport.h"
#include "core/io/LabelExport.h"
#include "core/io/LabelSidecar.h"
#include "core/quant/QuantificationEngine.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"

#include <QLocale>

namespace heaorta::cli {
namespace {

const QString kStructuredReport = QStringLiteral("sr");
const QString kPdfDicom = QStringLiteral("pdf-dicom");

QString formatIn(const QStringList& arguments) {
  for (int i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == QLatin1String("--format") && i + 1 < arguments.size()) return arguments[i + 1];
    if (arguments[i].startsWith(QLatin1String("--format="))) return arguments[i].mid(9);
  }
  return {};
}

void writeLabels(const QCommandLineParser& parser, LabelExportFormat format, const std::filesystem::path& output) {
  ConsoleProgress progress;
  const LoadedStudy study = StudyLoader::load(parser.positionalArguments().front().toStdString(), StudyOptions::read(parser), progress);
  const std::filesystem::path labelsFile = parser.value(QStringLiteral("labels")).toStdString();
  const LabelMap labels = readLabelsOnto(labelsFile, study.volume.geometry());
  const std::optional<LabelSidecar::Contents> saved = LabelSidecar::read(labelsFile, study.volume.geometry());
  LabelExport::Options options;
  options.algorithm = saved ? saved->origin : QString();
  if (saved) options.editRecord = saved->provenance;
  std::optional<VoxelImage<uint8_t>> calcium;
  if (format == LabelExportFormat::DicomSeg) {
    QuantificationEngine engine(study.volume, labels, saved ? &saved->arteries : nullptr, saved && saved->bone ? &*saved->bone : nullptr);
    engine.computeAll();
    calcium = engine.lesionVoxels().toImage();
    options.calcium = &*calcium;
  }
  LabelExport::write(format, labels, study.volume, output, options);
}

// The results (SR) or the report (encapsulated PDF), scored as `score` would.
int writeResults(const QCommandLineParser& parser, const QString& format, const std::filesystem::path& output) {
  const ScoredStudy scored = ScoredStudy::run(parser);
  const QString reader = parser.value(QStringLiteral("reader"));
  if (format == kStructuredReport) {
    DicomStructuredReport::Content c;
    c.scan = scored.study.volume.metadata();
    c.result = scored.result;
    c.segmenter = scored.segmenter;
    c.edits = scored.provenance;
    c.reader = reader;
    c.language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-TW") : QStringLiteral("en-US");
    DicomStructuredReport::write(c, output);
  } else {
#ifdef HEAORTA_WITH_REPORT
    const ReportContent report = ReportCommand::contentFor(scored, reader);
    DicomEncapsulatedPdf::write(ReportWriter::pdf(report), report.scan, ReportWriter::title(report), report.keySlice, output);
#endif
  }
  return scored.exitCode();
}

}  // namespace

bool ExportCommand::needsGui(const QStringList& arguments) const { return formatIn(arguments) == kPdfDicom; }

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({QStringLiteral("format"), tr("seg, nifti, nrrd or slicer (labels); sr or pdf-dicom (results)."), tr("format")});
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output file."), tr("file")});
  parser.addOption({QStringLiteral("reader"), tr("sr, pdf-dicom: the reader who signs (default: not signed)."), tr("name")});
  ScoredStudy::addOptions(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  const QString formatName = parser.value(QStringLiteral("format"));
  const bool results = formatName == kStructuredReport || formatName == kPdfDicom;
  const std::optional<LabelExportFormat> format = LabelExport::formatFromName(formatName);
  if (!results && (!parser.isSet(QStringLiteral("labels")) || !format)) {
    err << tr("error: export needs --format seg|nifti|nrrd|slicer with --labels, or --format sr|pdf-dicom") << '\n';
    return UsageError;
  }
#ifndef HEAORTA_WITH_REPORT
  if (formatName == kPdfDicom) {
    err << tr("error: this headless build has no printed report; pdf-dicom needs the full build") << '\n';
    return InvalidInput;
  }
#endif
  try {
    const std::filesystem::path output = parser.value(QStringLiteral("output")).toStdString();
    if (results) {
      exitCode = writeResults(parser, formatName, output);
    } else {
      writeLabels(parser, *format, output);
    }
    out << tr("Wrote %1").arg(QString::fromStdString(output.string())) << '\n';
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
  return exitCode;
}

}  // namespace heaorta::cli
