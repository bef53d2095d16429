#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace heaorta {

// Every choice the numbers depend on, in one place, with defaults; written into every result
// because scores from different tools differ mostly by these unstated choices.
struct QuantSettings {
  Q_DECLARE_TR_FUNCTIONS(heaorta::QuantSettings)

 public:
  int calciumThresholdHu = 130;  // defined at 120 kVp
  // When on, the threshold follows the scan's kVp by linear interpolation in this table.
  bool adjustThresholdForKvp = false;
  std::vector<std::pair<double, int>> kvpThresholds = {{100.0, 147}, {120.0, 130}};
  double minLesionAreaMm2 = 1.0;  // lesions with at least this area are kept
  int minLesionPixels = 0;        // vendors that count pixels instead (e.g. 3)
  int connectivity = 8;           // in-slice: 8 or 4
  double referenceSliceMm = 3.0;  // Agatston x (slice increment / this)
  int fatLowHu = -190;            // fat window, inclusive
  int fatHighHu = -30;
  double massCalibrationMgPerHuMm3 = 0.001;  // nominal; calibrate with a phantom per scanner
  // Plausibility and caution limits.
  double heartVolumeMinMl = 350.0;
  double heartVolumeMaxMl = 1300.0;
  double maxSliceThicknessMm = 3.0;
  int contrastBloodPoolHu = 120;  // mean HU of heart blood above this suggests contrast

  // The threshold applied to a scan of this kVp.
  int thresholdFor(std::optional<double> kvp) const;
  // Human-readable problems (empty when valid).
  QStringList validate() const;

  QJsonObject toJson() const;
  // Missing keys keep their defaults; throws HeaortaError(InvalidInput) on bad values.
  static QuantSettings fromJson(const QJsonObject& json);
};

}  // namespace heaorta
