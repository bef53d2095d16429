#include "app/cli/ScoreCommand.h"

#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/SegmentCommand.h"
#include "segmentation/Segmenter.h"
#include "core/edit/EditProvenance.h"
#include "core/io/LabelMapAligner.h"
#include "core/io/LabelExport.h"
#include "core/io/LabelSidecar.h"
#include "core/io/VolumeFileIO.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/QuantificationEngine.h"
#include "core/quant/ResultPresenter.h"
#include "core/study/StudyJson.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace heaorta::cli {
namespace {

QString num(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }

// Artery assignments painted as a label map: 1 LM, 2 LAD, 3 LCX, 4 RCA, 5 other, 6 excluded.
ArteryAssignments readArteries(const std::filesystem::path& file, const ImageGeometry& grid) {
  const LabelMap painted = LabelMapAligner::alignTo(VolumeFileIO::readLabelMap(file), grid);
  ArteryAssignments arteries(grid);
  for (int k = 0; k < grid.size[2]; ++k)
    for (int j = 0; j < grid.size[1]; ++j)
      for (int i = 0; i < grid.size[0]; ++i) {
        const uint8_t v = painted.at(i, j, k);
        if (v > 0 && v <= static_cast<int>(Artery::Excluded)) arteries.assign(i, j, k, static_cast<Artery>(v));
      }
  return arteries;
}

}  // namespace

QString ScoreCommand::summary() const {
  return tr("Coronary and aortic calcium, pericardial fat and risk tier from a CT and its labels.");
}

QuantSettings ScoreCommand::settingsFrom(const QCommandLineParser& parser) {
  QJsonObject json;
  if (parser.isSet(QStringLiteral("settings"))) {
    QFile file(parser.value(QStringLiteral("settings")));
    if (!file.open(QIODevice::ReadOnly))
      throw HeaortaError(ErrorCode::NotFound, tr("%1: cannot be read").arg(file.fileName()));
    json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.contains(QStringLiteral("settings"))) json = json[QStringLiteral("settings")].toObject();
  }
  const auto set = [&](const char* option, const char* key) {
    if (parser.isSet(QLatin1String(option))) json[QLatin1String(key)] = parser.value(QLatin1String(option)).toDouble();
  };
  set("threshold", "threshold_hu");
  set("min-area", "min_area_mm2");
  set("min-pixels", "min_lesion_pixels");
  set("connectivity", "connectivity");
  set("mass-factor", "mass_calibration_mg_per_hu_mm3");
  if (parser.isSet(QStringLiteral("kvp-adjust"))) json[QStringLiteral("adjust_threshold_for_kvp")] = true;
  if (parser.isSet(QStringLiteral("fat-window"))) {
    const QStringList w = parser.value(QStringLiteral("fat-window")).split(QLatin1Char(','));
    if (w.size() != 2) throw HeaortaError(ErrorCode::InvalidInput, tr("--fat-window takes two numbers: low,high"));
    json[QStringLiteral("fat_window_hu")] = QJsonArray{w[0].toInt(), w[1].toInt()};
  }
  return QuantSettings::fromJson(json);
}

int ScoreCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({QStringLiteral("labels"), tr("Label map (NIfTI, NRRD, MetaImage or DICOM SEG): 1 heart, 2 ascending aorta, 3 descending aorta (default: segment first)."), tr("file")});
  parser.addOption({QStringLiteral("arteries"), tr("Artery assignments painted as labels: 1 LM, 2 LAD, 3 LCX, 4 RCA, 5 other, 6 excluded (default: those saved beside the labels)."), tr("file")});
  parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
  parser.addOption({QStringLiteral("csv"), tr("Print a CSV header and one row.")});
  parser.addOption({QStringLiteral("settings"), tr("Settings JSON (a results file or expected.json works too)."), tr("file")});
  parser.addOption({QStringLiteral("threshold"), tr("Calcium threshold in HU (default 130)."), tr("HU")});
  parser.addOption({QStringLiteral("kvp-adjust"), tr("Adjust the threshold to the scan's kVp.")});
  parser.addOption({QStringLiteral("min-area"), tr("Minimum lesion area in mm² (default 1, inclusive)."), tr("mm2")});
  parser.addOption({QStringLiteral("min-pixels"), tr("Minimum lesion size in pixels (default 0)."), tr("n")});
  parser.addOption({QStringLiteral("connectivity"), tr("In-slice connectivity, 4 or 8 (default 8)."), tr("n")});
  parser.addOption({QStringLiteral("fat-window"), tr("Fat window in HU (default -190,-30)."), tr("low,high")});
  parser.addOption({QStringLiteral("mass-factor"), tr("Mass calibration in mg/(HU·mm³) (default 0.001)."), tr("factor")});
  SegmentCommand::addOptions(parser);
  StudyOptions::add(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  try {
    const QuantSettings settings = settingsFrom(parser);
    ConsoleProgress progress;
    const QString input = parser.positionalArguments().front();
    const LoadedStudy study = StudyLoader::load(input.toStdString(), StudyOptions::read(parser), progress);
    // Labels from a file, or from the segmenter (which also finds the bone to exclude).
    Notices extra;
    LabelMap labels;
    std::optional<VoxelMask> bone;
    QString segmenter;
    if (parser.isSet(QStringLiteral("labels"))) {
      labels = readLabelsOnto(parser.value(QStringLiteral("labels")).toStdString(), study.volume.geometry(), &extra);
    } else {
      SegmentationResult segmented = SegmentCommand::segment(study.volume, parser);
      labels = std::move(segmented.labels);
      bone = std::move(segmented.bone);
      segmenter = segmented.segmenter();
      extra = segmented.notices;
    }
    std::optional<ArteryAssignments> arteries;
    QJsonValue edits = QJsonValue::Null;
    if (parser.isSet(QStringLiteral("arteries"))) {
      arteries = readArteries(parser.value(QStringLiteral("arteries")).toStdString(), study.volume.geometry());
    } else if (parser.isSet(QStringLiteral("labels"))) {
      // The reader's assignments and exclusions, the bone mask and the edit record saved beside the labels.
      if (auto saved = LabelSidecar::read(parser.value(QStringLiteral("labels")).toStdString(), study.volume.geometry())) {
        arteries = std::move(saved->arteries);
        if (saved->bone) bone = std::move(saved->bone);
        edits = saved->provenance;
        const EditProvenance record = EditProvenance::fromJson(saved->provenance);
        if (record.edited()) extra.push_back({QStringLiteral("reader-edited"), record.summary()});
      }
    }
    if (!bone)
      extra.push_back({QStringLiteral("bone-mask-missing"),
                       tr("No bone mask came with the labels: bone touching the aorta or heart labels may be counted as calcium "
                          "(`heaorta segment` saves one beside its labels).")});
    QuantificationEngine engine(study.volume, labels, arteries ? &*arteries : nullptr, bone ? &*bone : nullptr, settings);
    engine.setExtraNotices(extra);
    engine.computeAll();
    const QuantResult result = engine.result();
    if (parser.isSet(QStringLiteral("json"))) {
      QJsonObject json = toJson(result);
      json[QStringLiteral("input")] = input;
      json[QStringLiteral("labels")] = parser.isSet(QStringLiteral("labels")) ? QJsonValue(parser.value(QStringLiteral("labels")))
                                                                             : QJsonValue(QJsonValue::Null);
      json[QStringLiteral("segmenter")] = segmenter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(segmenter);
      json[QStringLiteral("edits")] = edits;
      json[QStringLiteral("volume")] = describeVolume(study.volume);
      out << QJsonDocument(json).toJson();
    } else if (parser.isSet(QStringLiteral("csv"))) {
      out << csvHeader() << '\n' << csvRow(input, result) << '\n';
    } else {
      if (!segmenter.isEmpty()) out << tr("Masks made by: %1").arg(segmenter) << '\n';
      printText(result, out);
    }
    if (!result.coronary().computed) return ScoreNotComputed;
    return result.segmentationValid() ? Ok : SegmentationFailed;
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
}

void ScoreCommand::printText(const QuantResult& r, QTextStream& out) {
  const ResultPresenter present(r);
  if (!r.segmentationValid()) {
    out << tr("SEGMENTATION FAILED: the masks cannot be what they claim; the numbers below are not a result.") << '\n';
    for (const Notice& n : r.failures()) out << "  ! " << n.message << '\n';
  }
  out << tr("Coronary artery calcium (Agatston): %1").arg(present.cacValue()) << '\n';
  if (present.scoreComputed()) {
    out << "  " << present.cacDetails() << '\n';
    QStringList perArtery;
    for (Artery a : {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA, Artery::Other, Artery::Unassigned})
      perArtery << QStringLiteral("%1 %2").arg(ResultPresenter::arteryName(a), present.arteryValue(a));
    out << "  " << perArtery.join(QStringLiteral(", ")) << '\n';
  }
  if (present.verdictGiven()) {
    out << tr("Risk tier: %1. %2").arg(present.verdict(), present.advice()) << '\n';
  } else {
    QStringList codes;
    for (const Notice& n : r.verdictWithheldBecause()) codes << n.code;
    out << (codes.isEmpty() ? tr("Risk tier: none given, the score was not computed.")
                            : tr("Risk tier: none given, the score is not valid (%1).").arg(codes.join(QStringLiteral(", "))))
        << '\n';
  }
  out << tr("Aortic calcium (Agatston): %1").arg(present.aorticCalcium()) << '\n';
  out << tr("Pericardial fat: %1").arg(present.pericardialFat()) << '\n';
  out << tr("Settings: %1").arg(present.settings()) << '\n';
  if (!r.notices.empty()) {
    out << tr("Cautions:") << '\n';
    for (const QString& line : present.cautions()) out << "  - " << line << '\n';
  }
  if (!r.lesions.empty()) {
    out << tr("Lesions (id, region, artery, slices from 1, area mm², peak HU, mean HU, Agatston, volume mm³, mass mg):") << '\n';
    for (const CalcifiedLesion& l : r.lesions)
      out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(l.id)
                 .arg(QLatin1String(regionKey(l.region)),
                      l.region == CalciumRegion::Coronary ? QLatin1String(arteryKey(l.artery)) : QStringLiteral("-"), present.slices(l),
                      num(l.areaMm2), QString::number(l.peakHu), num(l.meanHu, 0), num(l.agatston), num(l.volumeMm3))
                 .arg(num(l.massMg, 2));
  }
}

}  // namespace heaorta::cli
