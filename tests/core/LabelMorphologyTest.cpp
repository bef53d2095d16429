// Clean-up, fill and interpolation regions on volumes with exact expected voxels.
#include "core/edit/LabelEditor.h"
#include "core/edit/LabelMorphology.h"
#include "core/edit/RegionGrow.h"
#include "core/edit/SliceInterpolation.h"
#include "tests/support/Phantom.h"

#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

class LabelMorphologyTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void keepLargestErasesTheOtherParts() {
    Phantom p({20, 20, 4}, {1, 1, 1});
    p.labelBox({1, 1, 0}, {8, 8, 3}, Heart);      // 256 voxels
    p.labelBox({12, 12, 1}, {13, 13, 2}, Heart);  // 8 voxels
    p.labelBox({16, 2, 0}, {16, 2, 0}, Heart);    // 1 voxel
    const EditRegion erase = LabelMorphology::allButLargest(p.labels, Heart);
    QCOMPARE(erase.selectedCount(), std::size_t(9));
    LabelEditor::apply(p.labels, p.ct, erase, {Heart, EditMode::Erase, PaintOver::BackgroundOnly, 0, {}, {}});
    QCOMPARE(p.labels.count(Heart), std::size_t(256));
  }

  void islandsBelowASizeAreFound() {
    Phantom p({20, 20, 4}, {1, 1, 1});
    p.labelBox({1, 1, 0}, {8, 8, 3}, Heart);
    p.labelBox({12, 12, 1}, {13, 13, 2}, Heart);
    p.labelBox({16, 2, 0}, {16, 2, 0}, Heart);
    QCOMPARE(LabelMorphology::islands(p.labels, Heart, 5).selectedCount(), std::size_t(1));
    QCOMPARE(LabelMorphology::islands(p.labels, Heart, 9).selectedCount(), std::size_t(9));
    QCOMPARE(LabelMorphology::islands(p.labels, AscendingAorta, 9).selectedCount(), std::size_t(0));
  }

  void holesAreFilledIn3dAndPerSlice() {
    Phantom p({12, 12, 7}, {1, 1, 1});
    p.labelBox({2, 2, 1}, {9, 9, 5}, Heart);
    p.labelBox({4, 4, 2}, {6, 6, 4}, Background);  // a closed 27-voxel cavity
    p.labelBox({7, 7, 5}, {8, 8, 5}, Background);  // a dent in the top slice, open upwards
    QCOMPARE(LabelMorphology::holes(p.labels, Heart).selectedCount(), std::size_t(27));
    // Per axial slice, the dent at slice 5 is enclosed in its slice (4 voxels) and the cavity is 3 x 9.
    QCOMPARE(LabelMorphology::holes(p.labels, Heart, 2).selectedCount(), std::size_t(27 + 4));
    // A hole touching the grid border is not enclosed.
    Phantom q({6, 6, 1}, {1, 1, 1});
    q.labelBox({0, 0, 0}, {5, 5, 0}, Heart);
    q.labelBox({0, 2, 0}, {2, 3, 0}, Background);
    QCOMPARE(LabelMorphology::holes(q.labels, Heart, 2).selectedCount(), std::size_t(0));
  }

  void regionGrowFollowsTheHuRange() {
    Phantom p({20, 20, 5}, {1, 1, 1}, -800);
    p.fillBox({2, 2, 1}, {10, 10, 3}, 40);    // 243 voxels of soft tissue
    p.fillBox({14, 14, 1}, {16, 16, 3}, 40);  // not connected
    const EditRegion grown = RegionGrow::grow(p.ct, {5, 5, 2}, -100, 100, -1);
    QCOMPARE(grown.selectedCount(), std::size_t(243));
    QCOMPARE(grown.box, (VoxelBox{{2, 2, 1}, {10, 10, 3}}));
    QCOMPARE(RegionGrow::grow(p.ct, {5, 5, 2}, -100, 100, 2).selectedCount(), std::size_t(81));
    QVERIFY(RegionGrow::grow(p.ct, {0, 0, 0}, -100, 100, -1).empty());  // seed outside the range
  }

  void interpolationBlendsTwoDiscs() {
    // Discs of radius 4 mm and 8 mm on slices 0 and 8; slice 4 should get radius ~6 mm.
    Phantom p({40, 40, 9}, {1, 1, 2});
    const auto disc = [&](int k, double r) {
      int n = 0;
      for (int j = 0; j < 40; ++j)
        for (int i = 0; i < 40; ++i)
          if (std::hypot(i - 20.0, j - 20.0) <= r) p.labels.at(i, j, k) = Heart, ++n;
      return n;
    };
    disc(0, 4);
    disc(8, 8);
    const EditRegion region = SliceInterpolation::between(p.labels, Heart, 2);
    LabelEditor::apply(p.labels, p.ct, region, {Heart, EditMode::Add, PaintOver::BackgroundOnly, 0, {}, {}});
    std::size_t middle = 0;
    for (int j = 0; j < 40; ++j)
      for (int i = 0; i < 40; ++i) middle += p.labels.at(i, j, 4) == Heart;
    const double expected = M_PI * 6 * 6;  // 113
    QVERIFY2(std::abs(double(middle) - expected) < 0.12 * expected, qPrintable(QString::number(middle)));
    for (int k = 1; k < 8; ++k) QVERIFY(p.labels.at(20, 20, k) == Heart);
    // Slices already drawn are not touched.
    for (int k : {0, 8})
      for (int j = region.box.min[1]; j <= region.box.max[1]; ++j)
        for (int i = region.box.min[0]; i <= region.box.max[0]; ++i) QVERIFY(!region.at(i, j, k));
  }
};

QTEST_GUILESS_MAIN(LabelMorphologyTest)
#include "LabelMorphologyTest.moc"
