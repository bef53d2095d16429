#pragma once

#include "core/model/ArteryAssignments.h"
#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "core/quant/QuantResult.h"
#include "core/quant/SliceCalciumAnalyzer.h"

#include <QCoreApplication>

namespace heaorta {

struct LesionVoxels {
  ImageGeometry geometry;
  std::vector<std::pair<std::size_t, uint8_t>> voxels;  // linear index, code

  // Every lesion voxel set to its code, on the full grid (for export).
  VoxelImage<uint8_t> toImage() const;
};

// Coronary and aortic calcium, pericardial fat and risk from a CT and its labels. It caches what
// each slice contributes, so an edit recomputes only the slices it touched; any sequence of
// updates gives exactly what a full computation gives.
// The engine reads the live volume, labels, artery layer and bone mask; their owner keeps them
// alive and calls updateSlices() after changing them.
class QuantificationEngine {
  Q_DECLARE_TR_FUNCTIONS(heaorta::QuantificationEngine)

 public:
  QuantificationEngine(const Volume& volume, const LabelMap& labels, const ArteryAssignments* arteries = nullptr,
                       const VoxelMask* excludedBone = nullptr, const QuantSettings& settings = {});

  void setSettings(const QuantSettings& settings);  // invalidates every slice
  const QuantSettings& settings() const { return settings_; }
  // Cautions from outside the engine (which segmenter made the masks, ...), copied into results.
  void setExtraNotices(const Notices& notices) { extraNotices_ = notices; }

  void computeAll(int threads = 0);
  void updateSlices(int first, int last);  // inclusive; clamped to the volume
  bool isComputed() const { return computed_; }

  QuantResult result() const;

  // Every scored lesion voxel with its code: coronary 1 + artery (1 unassigned, 2 LM, 3 LAD, 4 LCX,
  // 5 RCA, 6 other), 7 ascending aorta, 8 descending aorta. Sparse (only calcium), for the 3D view.
  LesionVoxels lesionVoxels() const;
  static constexpr uint8_t kAscendingLesion = 7;
  static constexpr uint8_t kDescendingLesion = 8;
  // The voxels of the calcified lesion (2-D lesions joined across slices) that holds `voxel`;
  // empty when no scored lesion does.
  std::vector<Index3> lesionVoxelsAt(const Index3& voxel) const;

 private:
  SliceAnalysisParameters parameters() const;
  void groupLesions(QuantResult& result) const;
  bool touches(const SliceLesion& a, const SliceLesion& b) const;
  void addCautions(QuantResult& result) const;

  const Volume& volume_;
  const LabelMap& labels_;
  const ArteryAssignments* arteries_;
  const VoxelMask* excluded_;
  QuantSettings settings_;
  SliceAnalysisParameters params_;
  std::vector<SliceAnalysis> slices_;
  std::vector<double> lungCm2_;  // air inside the body per slice, for the segmentation check
  Notices extraNotices_;
  bool computed_ = false;
};

}  // namespace heaorta
