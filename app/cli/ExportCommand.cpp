#include "app/cli/ExportCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "core/io/LabelExport.h"
#include "core/io/LabelSidecar.h"
#include "core/quant/QuantificationEngine.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"

namespace heaorta::cli {

QString ExportCommand::summary() const {
  return tr("Export a label map as DICOM SEG, NIfTI or NRRD (with an ITK-SNAP label file) or a 3D Slicer segmentation.");
}

int ExportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({QStringLiteral("labels"), tr("Label map (NIfTI, NRRD, MetaImage or DICOM SEG)."), tr("file")});
  parser.addOption({QStringLiteral("format"), tr("seg, nifti, nrrd or slicer."), tr("format")});
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Output file."), tr("file")});
  StudyOptions::add(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  const std::optional<LabelExportFormat> format = LabelExport::formatFromName(parser.value(QStringLiteral("format")));
  if (!parser.isSet(QStringLiteral("labels")) || !format) {
    err << tr("error: export needs --labels and --format seg|nifti|nrrd|slicer") << '\n';
    return UsageError;
  }
  try {
    ConsoleProgress progress;
    const LoadedStudy study =
        StudyLoader::load(parser.positionalArguments().front().toStdString(), StudyOptions::read(parser), progress);
    const std::filesystem::path labelsFile = parser.value(QStringLiteral("labels")).toStdString();
    const LabelMap labels = readLabelsOnto(labelsFile, study.volume.geometry());
    const std::optional<LabelSidecar::Contents> saved = LabelSidecar::read(labelsFile, study.volume.geometry());
    LabelExport::Options options;
    options.algorithm = saved ? saved->origin : QString();
    if (saved) options.editRecord = saved->provenance;
    std::optional<VoxelImage<uint8_t>> calcium;
    if (*format == LabelExportFormat::DicomSeg) {
      QuantificationEngine engine(study.volume, labels, saved ? &saved->arteries : nullptr, saved && saved->bone ? &*saved->bone : nullptr);
      engine.computeAll();
      calcium = engine.lesionVoxels().toImage();
      options.calcium = &*calcium;
    }
    const std::filesystem::path output = parser.value(QStringLiteral("output")).toStdString();
    LabelExport::write(*format, labels, study.volume, output, options);
    out << tr("Wrote %1").arg(QString::fromStdString(output.string())) << '\n';
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
  return Ok;
}

}  // namespace heaorta::cli
