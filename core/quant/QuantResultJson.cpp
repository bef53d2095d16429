#include "core/quant/QuantResultJson.h"

#include <QJsonArray>

namespace heaorta {
namespace {

QJsonValue orNull(bool computed, double value) { return computed ? QJsonValue(value) : QJsonValue(QJsonValue::Null); }

QJsonObject totals(const CalciumTotals& t) {
  return {{"computed", t.computed},
          {"agatston", orNull(t.computed, t.agatston)},
          {"volume_mm3", orNull(t.computed, t.volumeMm3)},
          {"mass_mg", orNull(t.computed, t.massMg)},
          {"lesions", t.computed ? QJsonValue(t.sliceLesions) : QJsonValue(QJsonValue::Null)},
          {"calcified_lesions_3d", t.computed ? QJsonValue(t.lesions) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray vec(const Eigen::Vector3d& v) { return {v[0], v[1], v[2]}; }

}  // namespace

QJsonObject noticeJson(const Notice& n) { return {{"code", n.code}, {"message", n.message}, {"level", n.failure() ? "failure" : "caution"}}; }

QJsonObject segmentationJson(const Notices& failures) {
  QJsonArray list;
  for (const Notice& n : failures) list.append(QJsonObject{{"code", n.code}, {"message", n.message}});
  return {{"valid", failures.empty()}, {"failures", list}};
}

QJsonObject toJson(const QuantResult& r) {
  QJsonObject arteries;
  for (int a = 0; a < kArteryCount; ++a) arteries[QLatin1String(arteryKey(static_cast<Artery>(a)))] = totals(r.arteries[a]);
  QJsonArray lesions;
  for (const CalcifiedLesion& l : r.lesions)
    lesions.append(
        QJsonObject{{"id", l.id},
                    {"region", QLatin1String(regionKey(l.region))},
                    {"artery", l.region == CalciumRegion::Coronary ? QJsonValue(QLatin1String(arteryKey(l.artery))) : QJsonValue(QJsonValue::Null)},
                    {"slices", QJsonArray{l.firstSlice, l.lastSlice}},
                    {"slice_lesions", l.sliceLesions},
                    {"area_mm2", l.areaMm2},
                    {"peak_hu", l.peakHu},
                    {"mean_hu", l.meanHu},
                    {"agatston", l.agatston},
                    {"volume_mm3", l.volumeMm3},
                    {"mass_mg", l.massMg},
                    {"centroid_voxel", vec(l.centroidIndex)},
                    {"centroid_patient_mm", vec(l.centroidPatient)}});
  QJsonArray notices;
  for (const Notice& n : r.notices) notices.append(noticeJson(n));
  const bool risk = r.coronary().computed;
  const Notices withheld = r.verdictWithheldBecause();
  QJsonObject verdict;
  if (risk && withheld.empty()) {
    verdict = {{"tier", QLatin1String(RiskAssessment::key(r.risk.tier))}, {"tier_name", RiskAssessment::name(r.risk.tier)},
               {"cac_range", RiskAssessment::scoreRange(r.risk.tier)},    {"yearly_event_rate", RiskAssessment::yearlyEventRate(r.risk.tier)},
               {"advice", RiskAssessment::advice(r.risk.tier)},           {"cac_drs", r.risk.cacDrs}};
  } else {
    // No verdict on a score that is not valid: the tier is null and the reasons say why.
    QJsonArray codes;
    QStringList messages;
    for (const Notice& n : withheld) codes.append(n.code), messages << n.message;
    if (!risk && withheld.empty()) codes.append(QStringLiteral("coronary-not-computed"));
    verdict = {{"tier", QJsonValue::Null}, {"withheld_because", codes}, {"reason", messages.join(QLatin1Char(' '))}};
  }
  return {{"settings", r.settings.toJson()},
          {"threshold_applied_hu", r.thresholdHu},
          {"slice_increment_mm", r.sliceIncrementMm},
          {"agatston_slice_factor", r.agatstonFactor},
          {"coronary", totals(r.regions[0])},
          {"coronary_by_artery", arteries},
          {"vessels_with_calcium", risk ? QJsonValue(r.vesselsWithCalcium) : QJsonValue(QJsonValue::Null)},
          {"aorta_ascending", totals(r.regions[1])},
          {"aorta_descending", totals(r.regions[2])},
          {"aorta_total", totals(r.aortaTotal)},
          {"pericardial_fat_ml", orNull(r.fat.computed, r.fat.volumeMl)},
          {"pericardial_fat_mean_hu", orNull(r.fat.computed && r.fat.volumeMl > 0, r.fat.meanHu)},
          {"heart_volume_ml", r.heartVolumeMl},
          {"ascending_aorta_volume_ml", r.labelVolumesMl[1]},
          {"descending_aorta_volume_ml", r.labelVolumesMl[2]},
          {"heart_blood_mean_hu", r.heartBloodMeanHu},
          {"lesions_below_minimum_size", r.droppedBelowMinimum},
          {"calcium_voxels_excluded_by_reader", r.excludedByReaderVoxels},
          {"score_valid", risk && withheld.empty()},
          {"risk", verdict},
          {"segmentation", segmentationJson(r.failures())},
          {"lesions", lesions},
          {"notices", notices}};
}

namespace {
QString cell(bool computed, double value) { return computed ? QString::number(value, 'f', 4) : QString(); }
}  // namespace

QString csvQuoted(const QString& text) {
  QString s = text;
  return QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString csvHeader() {
  QStringList h = {QStringLiteral("study")};
  for (const char* region : {"coronary", "aorta_ascending", "aorta_descending"})
    for (const char* field : {"agatston", "volume_mm3", "mass_mg", "lesions"})
      h << QStringLiteral("%1_%2").arg(QLatin1String(region), QLatin1String(field));
  for (int a = 0; a < kArteryCount; ++a) h << QStringLiteral("agatston_%1").arg(QLatin1String(arteryKey(static_cast<Artery>(a))));
  h << QStringLiteral("vessels_with_calcium") << QStringLiteral("pericardial_fat_ml") << QStringLiteral("pericardial_fat_mean_hu")
    << QStringLiteral("heart_volume_ml") << QStringLiteral("risk_tier") << QStringLiteral("cac_drs") << QStringLiteral("threshold_hu")
    << QStringLiteral("min_area_mm2") << QStringLiteral("connectivity") << QStringLiteral("slice_increment_mm") << QStringLiteral("fat_window_hu")
    << QStringLiteral("mass_calibration") << QStringLiteral("segmentation_valid") << QStringLiteral("notices");
  return h.join(QLatin1Char(','));
}

QString csvRow(const QString& study, const QuantResult& r) {
  QStringList row = {csvQuoted(study)};
  for (const CalciumTotals& t : r.regions)
    row << cell(t.computed, t.agatston) << cell(t.computed, t.volumeMm3) << cell(t.computed, t.massMg)
        << (t.computed ? QString::number(t.sliceLesions) : QString());
  for (const CalciumTotals& a : r.arteries) row << cell(a.computed, a.agatston);
  const bool c = r.coronary().computed;
  const bool verdict = c && r.verdictWithheldBecause().empty();
  QStringList codes;
  for (const Notice& n : r.notices) codes << n.code;
  row << (c ? QString::number(r.vesselsWithCalcium) : QString()) << cell(r.fat.computed, r.fat.volumeMl)
      << cell(r.fat.computed && r.fat.volumeMl > 0, r.fat.meanHu) << QString::number(r.heartVolumeMl, 'f', 2)
      << (verdict ? QLatin1String(RiskAssessment::key(r.risk.tier)) : QString()) << (verdict ? r.risk.cacDrs : QString())
      << QString::number(r.thresholdHu) << QString::number(r.settings.minLesionAreaMm2) << QString::number(r.settings.connectivity)
      << QString::number(r.sliceIncrementMm, 'f', 3) << QStringLiteral("%1..%2").arg(r.settings.fatLowHu).arg(r.settings.fatHighHu)
      << QString::number(r.settings.massCalibrationMgPerHuMm3) << (r.segmentationValid() ? QStringLiteral("1") : QStringLiteral("0"))
      << csvQuoted(codes.join(QLatin1Char(';')));
  return row.join(QLatin1Char(','));
}

}  // namespace heaorta
