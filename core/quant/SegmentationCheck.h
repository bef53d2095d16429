#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Notice.h"
#include "core/model/Volume.h"
#include "core/quant/QuantSettings.h"

#include <QCoreApplication>
#include <vector>

namespace heaorta {

// What the check needs to know about a set of masks (the engine keeps it per slice).
struct MaskSummary {
  std::vector<uint64_t> heartVoxelsPerSlice;
  double heartMl = 0;
  double ascendingAortaMl = 0;
  double descendingAortaMl = 0;
};

// Whether masks can be what they claim, for any segmenter or reader: anatomy every chest CT shares,
// no per-scan tuning. A failure is said and never scored as a result (no risk verdict). Failures:
// - heart-missing: no heart label;
// - heart-volume-implausible: the heart label outside the settings' range (350-1300 mL);
// - heart-outside-chest: the heart's centre lies on a slice with little lung (under a quarter of
//   the scan's largest lung area): below the diaphragm dome (liver, stomach) or above the thorax;
// - lungs-not-found: no slice holds 30 cm² of air inside the body (not a chest CT);
// - aorta-not-found: neither aorta label.
class SegmentationCheck {
  Q_DECLARE_TR_FUNCTIONS(heaorta::SegmentationCheck)

 public:
  static constexpr double kLungsMinCm2 = 30.0;
  static constexpr double kHeartLungFraction = 0.25;

  static Notices failures(const MaskSummary& masks, const std::vector<double>& lungCm2PerSlice, const QuantSettings& settings);
  // The same from the masks themselves (for `heaorta segment`, which does not score).
  static Notices failures(const Volume& ct, const LabelMap& labels, const QuantSettings& settings = {});
};

}  // namespace heaorta
