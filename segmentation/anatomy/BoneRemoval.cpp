#include "segmentation/anatomy/BoneRemoval.h"

#include "segmentation/anatomy/AnalysisGrid.h"
#include "segmentation/anatomy/HeartSegmenter.h"
#include "segmentation/anatomy/ThoraxAnalysis.h"

namespace heaorta {

BoneRemovalResult BoneRemoval::find(const Volume& ct, const LabelMap& labels) {
  const AnalysisGrid grid(ct);
  const Volume& v = grid.volume();
  const ThoraxAnalysis thorax = ThoraxAnalysis::analyse(v, ct.metadata().contrastAgentRecorded());
  // The labels on the analysis grid: any labelled voxel of the block marks the coarse voxel.
  const Mask fineOrgans = [&] {
    Mask m(labels.geometry(), 0);
    for (std::size_t q = 0; q < m.voxels().size(); ++q) m.voxels()[q] = labels.voxels()[q] ? 1 : 0;
    return m;
  }();
  Mask organs(v.geometry(), 0);
  const CanonicalFrame frame(ct.geometry());
  const int f = grid.factor();
  for (int k = 0; k < v.size()[2]; ++k)
    for (int j = 0; j < v.size()[1]; ++j)
      for (int i = 0; i < v.size()[0]; ++i) {
        uint8_t any = 0;
        for (int dj = 0; dj < f && !any; ++dj)
          for (int di = 0; di < f && !any; ++di) any = fineOrgans.voxels()[frame.sourceOffset(i * f + di, j * f + dj, k)];
        organs.at(i, j, k) = any;
      }
  BoneRemovalResult r;
  r.bone = grid.toCtGrid(BoneMaskBuilder::build(v, thorax, organs));
  r.contrast = thorax.contrast;
  r.contrastFraction = thorax.contrastFraction;
  return r;
}

}  // namespace heaorta
