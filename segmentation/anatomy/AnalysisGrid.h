#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "segmentation/anatomy/CanonicalFrame.h"
#include "segmentation/anatomy/MaskOps.h"

#include <QCoreApplication>

namespace heaorta {

// The CT as the anatomical segmenter analyses it: axes permuted and flipped so that i points to
// the patient's left, j posterior and k superior (exactly, no interpolation), block-averaged
// in-plane to ~1.6 mm (fast, and less noisy), and thin slices averaged into slabs of at most
// 2.9 mm (1 mm into 2 mm, 0.625 mm into 2.5 mm), as a scanner reconstructs thick slices: the
// segmenter's distances are physical, but its trackers link slice to slice and were developed on
// 3-5 mm slices. Labels found there are mapped back block by block.
class AnalysisGrid {
  Q_DECLARE_TR_FUNCTIONS(heaorta::AnalysisGrid)

 public:
  // Throws HeaortaError(Unsupported) for oblique volumes (no axis within 25 degrees of L, P, S).
  explicit AnalysisGrid(const Volume& ct, double targetPixelMm = 1.6, double maxSliceMm = 2.9);

  const Volume& volume() const { return coarse_; }
  int factor() const { return factor_; }
  LabelMap toCtGrid(const LabelMap& coarse) const;
  Mask toCtGrid(const Mask& coarse) const;

 private:
  template <typename TImage>
  void upsample(const TImage& coarse, TImage& fine) const;

  CanonicalFrame frame_;
  Volume coarse_;
  int factor_ = 1;
  int sliceFactor_ = 1;
};

}  // namespace heaorta
