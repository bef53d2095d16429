#pragma once

#include "core/model/ArteryAssignments.h"
#include "core/model/ImageGeometry.h"
#include "core/model/Notice.h"
#include "core/quant/CalciumRegion.h"
#include "core/quant/QuantSettings.h"
#include "core/quant/RiskAssessment.h"

#include <Eigen/Core>
#include <array>
#include <vector>

namespace heaorta {

struct CalciumTotals {
  bool computed = false;  // false when the region's label is missing: never report a silent 0
  double agatston = 0;
  double volumeMm3 = 0;
  double massMg = 0;
  int sliceLesions = 0;  // 2-D lesions, the Agatston unit
  int lesions = 0;       // 3-D calcified lesions

  void add(const CalciumTotals& other);
};

// 2-D lesions that touch across adjacent slices form one calcified lesion.
struct CalcifiedLesion {
  int id = 0;
  CalciumRegion region = CalciumRegion::Coronary;
  int firstSlice = 0;
  int lastSlice = 0;
  int sliceLesions = 0;
  double areaMm2 = 0;  // summed over its slices
  int peakHu = 0;
  Index3 peakVoxel{0, 0, 0};  // identifies the lesion while the reader edits around it
  double meanHu = 0;
  double agatston = 0;
  double volumeMm3 = 0;
  double massMg = 0;
  Eigen::Vector3d centroidIndex = Eigen::Vector3d::Zero();
  Eigen::Vector3d centroidPatient = Eigen::Vector3d::Zero();
  Artery artery = Artery::Unassigned;
};

struct FatResult {
  bool computed = false;
  double volumeMl = 0;
  double meanHu = 0;
};

struct QuantResult {
  QuantSettings settings;
  int thresholdHu = 130;  // what was applied (kVp-adjusted or not)
  double sliceIncrementMm = 0;
  double agatstonFactor = 1;
  std::array<CalciumTotals, kCalciumRegionCount> regions;  // coronary, ascending, descending aorta
  CalciumTotals aortaTotal;
  std::array<CalciumTotals, kArteryCount> arteries;  // coronary by artery, index = Artery
  int vesselsWithCalcium = 0;                        // of LM, LAD, LCX, RCA
  FatResult fat;
  double heartVolumeMl = 0;
  std::array<double, kCalciumRegionCount> labelVolumesMl{};
  double heartBloodMeanHu = 0;
  int droppedBelowMinimum = 0;
  int excludedByReaderVoxels = 0;  // calcium the reader ruled out (valve, stent, noise)
  RiskAssessment risk;
  std::vector<CalcifiedLesion> lesions;
  Notices notices;  // cautions: kVp, thick slices, contrast, implausible masks, loading

  const CalciumTotals& coronary() const { return regions[0]; }
  bool hasNotice(const QString& code) const;
  // The failure notices: the masks cannot be believed (SegmentationCheck).
  Notices failures() const;
  bool segmentationValid() const { return failures().empty(); }
  // Why no risk verdict (tier, event rate, advice) may be given: the segmentation's failures and
  // contrast. Empty when the tier stands. The numbers may still be shown, marked not valid.
  Notices verdictWithheldBecause() const;
};

}  // namespace heaorta
