#include "app/cli/SegmentCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "core/io/LabelSidecar.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/SegmentationCheck.h"
#include "core/io/VolumeFileIO.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"
#include "segmentation/SegmenterFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace heaorta::cli {

void SegmentCommand::addOptions(QCommandLineParser& parser) {
  parser.addOption({QStringLiteral("model"),
                    tr("TorchScript model with its card beside it (default: the installed model, else the anatomical fallback)."), tr("file")});
  parser.addOption({QStringLiteral("device"), tr("Where the model runs: auto, cpu or cuda (default auto)."), tr("device"), QStringLiteral("auto")});
}

SegmentationResult SegmentCommand::segment(const Volume& ct, const QCommandLineParser& parser) {
  Notices notices;
  const std::unique_ptr<Segmenter> segmenter = SegmenterFactory::create(choiceFrom(parser), &notices);
  ConsoleProgress progress;
  SegmentationResult result = segmenter->segment(ct, progress);
  result.notices.insert(result.notices.begin(), notices.begin(), notices.end());
  return result;
}

SegmenterChoice SegmentCommand::choiceFrom(const QCommandLineParser& parser) {
  SegmenterChoice choice;
  choice.model = parser.value(QStringLiteral("model")).toStdString();
  const QString device = parser.value(QStringLiteral("device"));
  if (device == QLatin1String("cpu"))
    choice.device = InferenceDevice::Cpu;
  else if (device == QLatin1String("cuda"))
    choice.device = InferenceDevice::Cuda;
  else if (device != QLatin1String("auto"))
    throw HeaortaError(ErrorCode::InvalidInput, tr("--device must be auto, cpu or cuda"));
  return choice;
}

int SegmentCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Label map to write (.nii.gz, .nrrd, .mha)."), tr("file")});
  parser.addOption({QStringLiteral("bone"), tr("Also write the bone mask (excluded from calcium)."), tr("file")});
  parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
  addOptions(parser);
  StudyOptions::add(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  if (!StudyOptions::hasOutput(parser, err, &exitCode)) return exitCode;
  try {
    ConsoleProgress loading;
    const LoadedStudy study = StudyLoader::load(parser.positionalArguments().front().toStdString(), StudyOptions::read(parser), loading);
    const SegmentationResult r = segment(study.volume, parser);
    VolumeFileIO::writeLabelMap(r.labels, parser.value(QStringLiteral("output")).toStdString());
    // The bone the segmenter found travels beside the labels: `score --labels` must not count
    // the spine beside the descending aorta as calcium.
    LabelSidecar::write(parser.value(QStringLiteral("output")).toStdString(), ArteryAssignments(r.labels.geometry()), &r.bone, {}, r.segmenterKey);
    if (parser.isSet(QStringLiteral("bone"))) {
      LabelMap bone(r.bone.geometry());
      bone.voxels().assign(r.bone.voxels().begin(), r.bone.voxels().end());
      VolumeFileIO::writeLabelMap(bone, parser.value(QStringLiteral("bone")).toStdString());
    }
    const double ml = study.volume.geometry().voxelVolumeMm3() / 1000.0;
    // The masks are written either way (a reader may correct them), but a failure is said.
    const Notices failures = SegmentationCheck::failures(study.volume, r.labels);
    if (parser.isSet(QStringLiteral("json"))) {
      QJsonArray notices;
      for (const Notice& n : r.notices) notices.append(noticeJson(n));
      for (const Notice& n : failures) notices.append(noticeJson(n));
      out << QJsonDocument(QJsonObject{{"segmenter", r.segmenter()},
                                       {"segmenter_key", r.segmenterKey},
                                       {"seconds", r.seconds},
                                       {"contrast_detected", r.contrastDetected},
                                       {"heart_ml", r.labels.count(Heart) * ml},
                                       {"ascending_aorta_ml", r.labels.count(AscendingAorta) * ml},
                                       {"descending_aorta_ml", r.labels.count(DescendingAorta) * ml},
                                       {"output", parser.value(QStringLiteral("output"))},
                                       {"segmentation", segmentationJson(failures)},
                                       {"notices", notices}})
                 .toJson();
    } else {
      out << tr("Segmenter: %1 (%2 s)").arg(r.segmenter()).arg(r.seconds, 0, 'f', 1) << '\n';
      out << tr("Heart %1 mL, ascending aorta %2 mL, descending aorta %3 mL")
                 .arg(r.labels.count(Heart) * ml, 0, 'f', 0)
                 .arg(r.labels.count(AscendingAorta) * ml, 0, 'f', 0)
                 .arg(r.labels.count(DescendingAorta) * ml, 0, 'f', 0)
          << '\n';
      for (const Notice& n : r.notices) out << "  - " << n.message << '\n';
      if (!failures.empty()) out << tr("SEGMENTATION FAILED: check and correct the masks before any score is used.") << '\n';
      for (const Notice& n : failures) out << "  ! " << n.message << '\n';
      out << tr("Wrote %1").arg(parser.value(QStringLiteral("output"))) << '\n';
    }
    if (!failures.empty()) return SegmentationFailed;
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
  return Ok;
}

}  // namespace heaorta::cli
