#include "core/quant/QuantSettings.h"

#include "core/util/Error.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace heaorta {

int QuantSettings::thresholdFor(std::optional<double> kvp) const {
  if (!adjustThresholdForKvp || !kvp || kvpThresholds.empty()) return calciumThresholdHu;
  auto table = kvpThresholds;
  std::sort(table.begin(), table.end());
  if (table.size() == 1) return table.front().second;
  // Linear through the two nearest entries (extrapolating beyond the ends).
  std::size_t hi = 1;
  while (hi + 1 < table.size() && table[hi].first < *kvp) ++hi;
  const auto& [k0, t0] = table[hi - 1];
  const auto& [k1, t1] = table[hi];
  const double t = t0 + (t1 - t0) * (*kvp - k0) / (k1 - k0);
  return static_cast<int>(std::lround(t));
}

QStringList QuantSettings::validate() const {
  QStringList problems;
  if (calciumThresholdHu < 50 || calciumThresholdHu > 600) problems << tr("The calcium threshold must be between 50 and 600 HU.");
  if (minLesionAreaMm2 < 0 || minLesionAreaMm2 > 20) problems << tr("The minimum lesion area must be between 0 and 20 mm².");
  if (minLesionPixels < 0 || minLesionPixels > 100) problems << tr("The minimum lesion size must be between 0 and 100 pixels.");
  if (connectivity != 4 && connectivity != 8) problems << tr("Connectivity must be 4 or 8.");
  if (referenceSliceMm <= 0) problems << tr("The reference slice thickness must be positive.");
  if (fatLowHu >= fatHighHu || fatLowHu < -1000 || fatHighHu > 100) problems << tr("The fat window must be an interval within -1000..100 HU.");
  if (massCalibrationMgPerHuMm3 <= 0 || massCalibrationMgPerHuMm3 > 0.01)
    problems << tr("The mass calibration factor must be between 0 and 0.01 mg/(HU·mm³).");
  for (const auto& [kvp, threshold] : kvpThresholds)
    if (kvp < 60 || kvp > 160 || threshold < 50 || threshold > 600) problems << tr("kVp threshold entries must lie within 60-160 kVp and 50-600 HU.");
  return problems;
}

QJsonObject QuantSettings::toJson() const {
  QJsonArray table;
  for (const auto& [kvp, threshold] : kvpThresholds) table.append(QJsonArray{kvp, threshold});
  return {{"threshold_hu", calciumThresholdHu},
          {"adjust_threshold_for_kvp", adjustThresholdForKvp},
          {"kvp_thresholds", table},
          {"min_area_mm2", minLesionAreaMm2},
          {"min_area_inclusive", true},
          {"min_lesion_pixels", minLesionPixels},
          {"connectivity", connectivity},
          {"connectivity_scope", QStringLiteral("in-slice")},
          {"slice_normalisation", QStringLiteral("x slice_increment / %1 mm").arg(referenceSliceMm)},
          {"reference_slice_mm", referenceSliceMm},
          {"weights", QStringLiteral("peak HU 130-199: 1, 200-299: 2, 300-399: 3, >=400: 4")},
          {"fat_window_hu", QJsonArray{fatLowHu, fatHighHu}},
          {"fat_window_inclusive", true},
          {"mass_calibration_mg_per_hu_mm3", massCalibrationMgPerHuMm3},
          {"heart_volume_plausible_ml", QJsonArray{heartVolumeMinMl, heartVolumeMaxMl}},
          {"max_slice_thickness_mm", maxSliceThicknessMm},
          {"contrast_blood_pool_hu", contrastBloodPoolHu}};
}

QuantSettings QuantSettings::fromJson(const QJsonObject& json) {
  QuantSettings s;
  QStringList unreadable;
  // Numbers may come as text with a note, as in "8 (in-slice)". One that does not fit its field
  // (NaN, 1e300 for an int) is refused rather than converted (which is undefined).
  const auto number = [&](const char* key, auto& field) {
    using Field = std::decay_t<decltype(field)>;
    if (!json.contains(QLatin1String(key))) return;
    const QJsonValue v = json[QLatin1String(key)];
    const double d = v.isString() ? v.toString().section(QLatin1Char(' '), 0, 0).toDouble() : v.toDouble(std::nan(""));
    if (!std::isfinite(d) || d < static_cast<double>(std::numeric_limits<Field>::lowest()) ||
        d > static_cast<double>(std::numeric_limits<Field>::max())) {
      unreadable << QStringLiteral("%1: not a number in range.").arg(QLatin1String(key));
      return;
    }
    field = static_cast<Field>(d);
  };
  number("threshold_hu", s.calciumThresholdHu);
  number("min_area_mm2", s.minLesionAreaMm2);
  number("min_lesion_pixels", s.minLesionPixels);
  number("connectivity", s.connectivity);
  number("reference_slice_mm", s.referenceSliceMm);
  number("mass_calibration_mg_per_hu_mm3", s.massCalibrationMgPerHuMm3);
  number("max_slice_thickness_mm", s.maxSliceThicknessMm);
  number("contrast_blood_pool_hu", s.contrastBloodPoolHu);
  if (json.contains(QLatin1String("adjust_threshold_for_kvp"))) s.adjustThresholdForKvp = json[QLatin1String("adjust_threshold_for_kvp")].toBool();
  if (json[QLatin1String("fat_window_hu")].isArray()) {
    const QJsonArray w = json[QLatin1String("fat_window_hu")].toArray();
    if (w.size() == 2) {
      s.fatLowHu = w.at(0).toInt();
      s.fatHighHu = w.at(1).toInt();
    }
  }
  if (json[QLatin1String("heart_volume_plausible_ml")].isArray()) {
    const QJsonArray w = json[QLatin1String("heart_volume_plausible_ml")].toArray();
    if (w.size() == 2) {
      s.heartVolumeMinMl = w.at(0).toDouble();
      s.heartVolumeMaxMl = w.at(1).toDouble();
    }
  }
  if (json[QLatin1String("kvp_thresholds")].isArray()) {
    s.kvpThresholds.clear();
    for (const QJsonValue& entry : json[QLatin1String("kvp_thresholds")].toArray()) {
      const QJsonArray pair = entry.toArray();
      const double kvp = pair.size() == 2 ? pair.at(0).toDouble(std::nan("")) : std::nan("");
      const double hu = pair.size() == 2 ? pair.at(1).toDouble(std::nan("")) : std::nan("");
      if (!std::isfinite(kvp) || !(std::abs(hu) < 1e6)) {
        unreadable << QStringLiteral("kvp_thresholds: each entry is [kVp, threshold HU].");
        break;
      }
      s.kvpThresholds.emplace_back(kvp, static_cast<int>(hu));
    }
  }
  const QStringList problems = unreadable + s.validate();
  if (!problems.isEmpty()) throw HeaortaError(ErrorCode::InvalidInput, problems.join(QLatin1Char(' ')));
  return s;
}

}  // namespace heaorta
