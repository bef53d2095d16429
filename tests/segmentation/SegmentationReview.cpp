// Development tool: runs the anatomical segmenter on a study, prints volumes (and Dice against
// reference labels when given) and writes an overlay montage to look at.
//   SegmentationReview <study-or-volume> <montage.png> [reference-labels]
#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/model/LabelComparison.h"
#include "core/study/StudyLoader.h"
#include "segmentation/anatomy/AnatomicalSegmenter.h"
#include "tests/segmentation/OverlayMontage.h"

#include <QGuiApplication>
#include <cstdio>

using namespace heaorta;

int main(int argc, char** argv) {
  QGuiApplication app(argc, argv);
  if (argc < 3) {
    std::fprintf(stderr, "usage: SegmentationReview <study> <montage.png> [reference]\n");
    return 2;
  }
  NullProgress progress;
  const LoadedStudy study = StudyLoader::load(argv[1], {}, progress);
  AnatomicalSegmenter segmenter;
  const SegmentationResult r = segmenter.segment(study.volume, progress);
  const double ml = study.volume.geometry().voxelVolumeMm3() / 1000.0;
  std::printf("time %.2f s; heart %.0f mL, ascending %.0f mL, descending %.0f mL, bone %.0f mL\n", r.seconds, r.labels.count(Heart) * ml,
              r.labels.count(AscendingAorta) * ml, r.labels.count(DescendingAorta) * ml,
              static_cast<double>(std::count(r.bone.voxels().begin(), r.bone.voxels().end(), 1)) * ml);
  for (const Notice& n : r.notices) std::printf("notice %s: %s\n", qPrintable(n.code), qPrintable(n.message));
  std::optional<LabelMap> reference;
  if (argc > 3) {
    reference = LabelMapAligner::alignTo(VolumeFileIO::readLabelMap(argv[3]), study.volume.geometry());
    const LabelOverlap heart = compareLabels(r.labels, *reference, {Heart}, {1});
    std::printf("Dice heart+ascending %.3f\n", compareLabels(r.labels, *reference, {Heart, AscendingAorta}, {1}).dice());
    const LabelOverlap aorta = compareLabels(r.labels, *reference, {AscendingAorta, DescendingAorta}, {2});
    std::printf("Dice heart %.3f (seg %.0f mL, ref %.0f mL); aorta %.3f (seg %.0f mL, ref %.0f mL)\n", heart.dice(), heart.segmented * ml,
                heart.reference * ml, aorta.dice(), aorta.segmented * ml, aorta.reference * ml);
    // Where the aorta is lost, slice by slice (in voxels): reference, segmented, both.
    const Index3 n = r.labels.size();
    for (int k = 0; k < n[2]; ++k) {
      int ref = 0, seg = 0, both = 0;
      for (int j = 0; j < n[1]; ++j)
        for (int i = 0; i < n[0]; ++i) {
          const bool a = reference->at(i, j, k) == 2;
          const bool b = r.labels.at(i, j, k) == AscendingAorta || r.labels.at(i, j, k) == DescendingAorta;
          ref += a, seg += b, both += a && b;
        }
      if (ref || seg) std::printf("aorta slice %3d: reference %5d, segmented %5d, both %5d\n", k, ref, seg, both);
    }
    // Where the heart is wrong, slice by slice: voxels missed and voxels added.
    for (int k = 0; k < n[2]; ++k) {
      int missed = 0, added = 0, both = 0;
      for (int j = 0; j < n[1]; ++j)
        for (int i = 0; i < n[0]; ++i) {
          const bool a = reference->at(i, j, k) == 1;
          const bool b = r.labels.at(i, j, k) == Heart;
          missed += a && !b, added += b && !a, both += a && b;
        }
      if (missed || added) std::printf("heart slice %3d: both %5d, missed %5d, added %5d\n", k, both, missed, added);
    }
  }
  test::overlayMontage(study.volume, r.labels, reference ? &*reference : nullptr).save(QString::fromLocal8Bit(argv[2]));
  return 0;
}
