#include "app/cli/ScoredStudy.h"

#include "app/cli/CliCommand.h"
#include "app/cli/ConsoleProgress.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/SegmentCommand.h"
#include "core/io/LabelExport.h"
#include "core/io/LabelMapAligner.h"
#include "core/io/LabelSidecar.h"
#include "core/io/VolumeFileIO.h"
#include "core/quant/QuantificationEngine.h"
#include "core/util/Error.h"
#include "segmentation/Segmenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace heaorta::cli {
namespace {

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

void ScoredStudy::addOptions(QCommandLineParser& parser) {
  parser.addOption({QStringLiteral("labels"),
                    tr("Label map (NIfTI, NRRD, MetaImage or DICOM SEG): 1 heart, 2 ascending aorta, 3 descending aorta (default: segment first)."),
                    tr("file")});
  parser.addOption(
      {QStringLiteral("arteries"),
       tr("Artery assignments painted as labels: 1 LM, 2 LAD, 3 LCX, 4 RCA, 5 other, 6 excluded (default: those saved beside the labels)."),
       tr("file")});
  addSettingsOptions(parser);
  SegmentCommand::addOptions(parser);
  StudyOptions::add(parser);
}

void ScoredStudy::addSettingsOptions(QCommandLineParser& parser) {
  parser.addOption({QStringLiteral("settings"), tr("Settings JSON (a results file or expected.json works too)."), tr("file")});
  parser.addOption({QStringLiteral("threshold"), tr("Calcium threshold in HU (default 130)."), tr("HU")});
  parser.addOption({QStringLiteral("kvp-adjust"), tr("Adjust the threshold to the scan's kVp.")});
  parser.addOption({QStringLiteral("min-area"), tr("Minimum lesion area in mm² (default 1, inclusive)."), tr("mm2")});
  parser.addOption({QStringLiteral("min-pixels"), tr("Minimum lesion size in pixels (default 0)."), tr("n")});
  parser.addOption({QStringLiteral("connectivity"), tr("In-slice connectivity, 4 or 8 (default 8)."), tr("n")});
  parser.addOption({QStringLiteral("fat-window"), tr("Fat window in HU (default -190,-30)."), tr("low,high")});
  parser.addOption({QStringLiteral("mass-factor"), tr("Mass calibration in mg/(HU·mm³) (default 0.001)."), tr("factor")});
}

QuantSettings ScoredStudy::settingsFrom(const QCommandLineParser& parser) {
  QJsonObject json;
  if (parser.isSet(QStringLiteral("settings"))) {
    QFile file(parser.value(QStringLiteral("settings")));
    if (!file.open(QIODevice::ReadOnly)) throw HeaortaError(ErrorCode::NotFound, tr("%1: cannot be read").arg(file.fileName()));
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

ScoredStudy ScoredStudy::run(const QCommandLineParser& parser) {
  const QuantSettings settings = settingsFrom(parser);
  ScoredStudy s;
  s.edits = QJsonValue::Null;
  ConsoleProgress progress;
  s.input = parser.positionalArguments().front();
  s.study = StudyLoader::load(s.input.toStdString(), StudyOptions::read(parser), progress);
  const ImageGeometry& grid = s.study.volume.geometry();
  const bool labelsGiven = parser.isSet(QStringLiteral("labels"));
  // Labels from a file, or from the segmenter (which also finds the bone to exclude).
  Notices extra;
  if (labelsGiven) {
    s.labels = readLabelsOnto(parser.value(QStringLiteral("labels")).toStdString(), grid, &extra);
  } else {
    SegmentationResult segmented = SegmentCommand::segment(s.study.volume, parser);
    s.labels = std::move(segmented.labels);
    s.bone = std::move(segmented.bone);
    s.segmenter = segmented.segmenter();
    extra = segmented.notices;
  }
  std::optional<ArteryAssignments> arteries;
  if (parser.isSet(QStringLiteral("arteries"))) {
    arteries = readArteries(parser.value(QStringLiteral("arteries")).toStdString(), grid);
  } else if (labelsGiven) {
    // The reader's assignments and exclusions, the bone mask and the edit record saved beside the labels.
    if (auto saved = LabelSidecar::read(parser.value(QStringLiteral("labels")).toStdString(), grid)) {
      arteries = std::move(saved->arteries);
      if (saved->bone) s.bone = std::move(saved->bone);
      s.edits = saved->provenance;
      // Who made the masks, as `segment` or the workstation recorded it.
      if (!saved->origin.isEmpty()) s.segmenter = tr("%1 (as recorded beside the labels)").arg(saved->origin);
      s.provenance = EditProvenance::fromJson(saved->provenance);
      if (s.provenance.edited()) extra.push_back({QStringLiteral("reader-edited"), s.provenance.summary()});
    }
  }
  if (!s.bone)
    extra.push_back({QStringLiteral("bone-mask-missing"),
                     tr("No bone mask came with the labels: bone touching the aorta or heart labels may be counted as calcium "
                        "(`heaorta segment` saves one beside its labels).")});
  QuantificationEngine engine(s.study.volume, s.labels, arteries ? &*arteries : nullptr, s.bone ? &*s.bone : nullptr, settings);
  engine.setExtraNotices(extra);
  engine.computeAll();
  s.result = engine.result();
  s.calcium = engine.lesionVoxels();
  return s;
}

int ScoredStudy::exitCode() const { return exitCodeFor(result); }

int ScoredStudy::exitCodeFor(const QuantResult& result) {
  if (!result.coronary().computed) return ScoreNotComputed;
  return result.segmentationValid() ? Ok : SegmentationFailed;
}

}  // namespace heaorta::cli
