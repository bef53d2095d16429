#pragma once

#include "core/model/ArteryAssignments.h"
#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "core/quant/CalciumRegion.h"

#include <cstdint>
#include <vector>

namespace heaorta {

using VoxelMask = VoxelImage<uint8_t>;

// One 2-D lesion: the unit the Agatston method scores.
struct SliceLesion {
  CalciumRegion region = CalciumRegion::Coronary;
  int slice = 0;
  int pixelCount = 0;
  double areaMm2 = 0;
  int peakHu = 0;
  uint32_t peakPixel = 0;  // in-slice offset of the brightest pixel
  double meanHu = 0;
  int weight = 0;
  double agatston = 0;
  double volumeMm3 = 0;
  double massMg = 0;
  double centroidI = 0;  // voxel index units
  double centroidJ = 0;
  Artery artery = Artery::Unassigned;
  int minI = 0, maxI = 0, minJ = 0, maxJ = 0;
  std::vector<uint32_t> pixels;  // in-slice offsets j * width + i, ascending
};

// Everything one slice contributes to the totals.
struct SliceAnalysis {
  std::vector<SliceLesion> lesions;
  int droppedBelowMinimum = 0;  // components smaller than the minimum lesion size
  int excludedByReader = 0;     // calcified voxels the reader excluded (valve, stent, noise)
  uint64_t labelVoxels[kCalciumRegionCount] = {0, 0, 0};
  uint64_t fatVoxels = 0;
  int64_t fatHuSum = 0;
  uint64_t bloodVoxels = 0;  // heart voxels between 0 and 600 HU: blood and myocardium
  int64_t bloodHuSum = 0;
};

// The derived numbers the analyzer needs, fixed for one volume and settings.
struct SliceAnalysisParameters {
  int thresholdHu = 130;
  int connectivity = 8;
  double minAreaMm2 = 1.0;
  int minPixels = 0;
  double pixelAreaMm2 = 1.0;
  double voxelVolumeMm3 = 1.0;
  double agatstonFactor = 1.0;  // slice increment / reference slice
  double massFactor = 0.001;
  int fatLowHu = -190;
  int fatHighHu = -30;
};

class SliceCalciumAnalyzer {
 public:
  // Agatston density weight of a lesion's peak HU (0 below 130 HU).
  static int weightFor(int peakHu);
  // `excluded` (bone) voxels and voxels the reader excluded never count as calcium; `arteries` may be null.
  static SliceAnalysis analyze(const Volume& volume, const LabelMap& labels, const VoxelMask* excluded, const ArteryAssignments* arteries, int slice,
                               const SliceAnalysisParameters& p);
};

}  // namespace heaorta
