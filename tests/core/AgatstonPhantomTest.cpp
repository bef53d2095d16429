// Agatston, volume, mass and fat on synthetic phantoms whose answers are known in closed form.
#include "core/quant/QuantificationEngine.h"
#include "tests/support/Phantom.h"

#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

namespace {

QuantResult score(const Phantom& p, const QuantSettings& s = {}, const ArteryAssignments* arteries = nullptr, const VoxelMask* bone = nullptr) {
  QuantificationEngine engine(p.ct, p.labels, arteries, bone, s);
  engine.computeAll();
  return engine.result();
}

bool near(double a, double b, double tolerance = 1e-9) { return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b)); }

}  // namespace

class AgatstonPhantomTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void eachWeightBoundaryScoresItsWeight() {
    Phantom p({64, 64, 12}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {63, 63, 11}, Heart);
    const int16_t peaks[] = {129, 130, 199, 200, 299, 300, 399, 400, 1000};
    for (int n = 0; n < 9; ++n) p.fillBox({10, 10, n + 1}, {13, 13, n + 1}, peaks[n]);  // 4 x 4 px = 4 mm2
    const QuantResult r = score(p);
    // 129 HU is below threshold; the rest weigh 1,1,2,2,3,3,4,4; x (3 mm / 3 mm).
    QCOMPARE(r.coronary().sliceLesions, 8);
    QVERIFY(near(r.coronary().agatston, 4.0 * (1 + 1 + 2 + 2 + 3 + 3 + 4 + 4)));
    QVERIFY(near(r.coronary().volumeMm3, 8 * 16 * 0.25 * 3.0));
    QVERIFY(near(r.coronary().massMg, 0.001 * (130 + 199 + 200 + 299 + 300 + 399 + 400 + 1000) * 12.0));
    QCOMPARE(r.coronary().lesions, 1);  // stacked on adjacent slices: one calcified lesion
  }

  void thePeakPixelDecidesTheWeight() {
    Phantom p({32, 32, 4}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {31, 31, 3}, Heart);
    p.fillBox({5, 5, 1}, {8, 8, 1}, 150);
    p.ct.at(6, 6, 1) = 400;
    const QuantResult r = score(p);
    QVERIFY(near(r.coronary().agatston, 4.0 * 4));
    QVERIFY(near(r.lesions.front().meanHu, (15 * 150 + 400) / 16.0));
    QCOMPARE(r.lesions.front().peakHu, 400);
  }

  void lesionsJustUnderTheMinimumAreaAreDropped_data() {
    QTest::addColumn<double>("pixelMm");
    QTest::addColumn<int>("keptPixels");
    QTest::addColumn<int>("droppedPixels");
    QTest::newRow("0.5 mm: 4 px = 1.00 kept, 3 px = 0.75 dropped") << 0.5 << 4 << 3;
    QTest::newRow("0.6 mm: 3 px = 1.08 kept, 2 px = 0.72 dropped") << 0.6 << 3 << 2;
    QTest::newRow("1.0 mm: 1 px = 1.00 kept") << 1.0 << 1 << 0;
  }

  void lesionsJustUnderTheMinimumAreaAreDropped() {
    QFETCH(double, pixelMm);
    QFETCH(int, keptPixels);
    QFETCH(int, droppedPixels);
    Phantom p({32, 32, 5}, {pixelMm, pixelMm, 3.0});
    p.labelBox({0, 0, 0}, {31, 31, 4}, Heart);
    for (int n = 0; n < keptPixels; ++n) p.ct.at(3 + n, 3, 1) = 250;
    for (int n = 0; n < droppedPixels; ++n) p.ct.at(3 + n, 20, 3) = 250;
    const QuantResult r = score(p);
    QCOMPARE(r.coronary().sliceLesions, 1);
    QCOMPARE(r.droppedBelowMinimum, droppedPixels > 0 ? 1 : 0);
    QVERIFY(near(r.coronary().agatston, keptPixels * pixelMm * pixelMm * 2));
  }

  void aMinimumPixelCountCanReplaceTheArea() {
    Phantom p({32, 32, 5}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {31, 31, 4}, Heart);
    p.fillBox({3, 3, 1}, {4, 3, 1}, 250);  // 2 px
    p.fillBox({3, 9, 3}, {5, 9, 3}, 250);  // 3 px
    QuantSettings s;
    s.minLesionAreaMm2 = 0;
    s.minLesionPixels = 3;
    const QuantResult r = score(p, s);
    QCOMPARE(r.coronary().sliceLesions, 1);
    QVERIFY(near(r.coronary().agatston, 3 * 0.25 * 2));
  }

  void aCylinderScoresTheSameAtEverySliceIncrement_data() {
    QTest::addColumn<double>("pixelMm");
    QTest::addColumn<double>("increment");
    QTest::addColumn<double>("thickness");
    for (double pixel : {0.4, 0.7})
      for (double inc : {1.0, 1.5, 3.0, 5.0}) QTest::addRow("%.1f mm pixels, %.1f mm slices", pixel, inc) << pixel << inc << inc;
    QTest::newRow("3 mm thick every 1.5 mm (overlapping)") << 0.4 << 1.5 << 3.0;
  }

  void aCylinderScoresTheSameAtEverySliceIncrement() {
    QFETCH(double, pixelMm);
    QFETCH(double, increment);
    QFETCH(double, thickness);
    // A 15 mm long z-cylinder of radius 2.5 mm at 300 HU (weight 3), slices aligned to its ends.
    const int slices = static_cast<int>(std::lround(15.0 / increment));
    Phantom p({40, 40, slices + 4}, {pixelMm, pixelMm, increment});
    p.ct.metadata().sliceThicknessMm = thickness;
    p.labelBox({0, 0, 0}, {39, 39, slices + 3}, Heart);
    const int pixels = p.fillCylinder(20, 20, 2.5, 2, slices + 1, 300);
    const QuantResult r = score(p);
    const double area = pixels * pixelMm * pixelMm;
    QVERIFY(near(r.coronary().agatston, area * 3 * 15.0 / 3.0));  // independent of the increment
    QVERIFY(near(r.coronary().volumeMm3, area * 15.0));
    QCOMPARE(r.coronary().sliceLesions, slices);
    QCOMPARE(r.coronary().lesions, 1);  // one calcified lesion across its slices
    QCOMPARE(r.lesions.front().firstSlice, 2);
    QCOMPARE(r.lesions.front().lastSlice, slices + 1);
    QCOMPARE(r.hasNotice(QStringLiteral("thick-slices")), thickness > 3.0);
  }

  void aSphereScoresItsDigitalCrossSections() {
    Phantom p({64, 64, 28}, {0.25, 0.25, 0.5});
    p.labelBox({0, 0, 0}, {63, 63, 27}, Heart);
    const Eigen::Vector3d centre(32, 32, 13.5);
    const int voxels = p.fillSphere(centre, 4.0, 450);
    double expected = 0;
    for (int k = 0; k < 28; ++k) {
      const int px = p.sphereSlicePixels(centre, 4.0, k);
      if (px * 0.0625 >= 1.0) expected += px * 0.0625 * 4 * 0.5 / 3.0;
    }
    const QuantResult r = score(p);
    QVERIFY2(near(r.coronary().agatston, expected), qPrintable(QStringLiteral("%1 vs %2").arg(r.coronary().agatston).arg(expected)));
    // Close to the geometric sphere once the grid is fine: 4/3 pi r^3 = 268.1 mm3.
    QVERIFY(std::abs(voxels * 0.25 * 0.25 * 0.5 - 4.0 / 3.0 * M_PI * 64) < 0.03 * 268.1);
    QVERIFY(r.coronary().volumeMm3 <= voxels * 0.03125 + 1e-9);
  }

  void heartAndAortaSplitALesionAtTheirBoundary() {
    Phantom p({32, 32, 4}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {13, 31, 3}, Heart);
    p.labelBox({14, 0, 0}, {31, 31, 3}, AscendingAorta);
    p.fillBox({10, 10, 1}, {17, 13, 1}, 350);  // 8 x 4 px, half in each label
    const QuantResult r = score(p);
    QVERIFY(near(r.regions[0].agatston, 16 * 0.25 * 3));
    QVERIFY(near(r.regions[1].agatston, 16 * 0.25 * 3));
    QCOMPARE(r.regions[2].computed, false);
  }

  void aortaCalciumNeverCountsAsCoronaryAndViceVersa() {
    Phantom p({32, 32, 6}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {15, 31, 5}, Heart);
    p.labelBox({16, 0, 0}, {23, 31, 5}, AscendingAorta);
    p.labelBox({24, 0, 0}, {31, 31, 5}, DescendingAorta);
    p.fillBox({18, 5, 2}, {21, 8, 2}, 600);  // ascending only
    p.fillBox({26, 5, 3}, {29, 8, 3}, 220);  // descending only
    QuantResult r = score(p);
    QVERIFY(r.regions[0].computed);
    QCOMPARE(r.regions[0].agatston, 0.0);
    QVERIFY(near(r.regions[1].agatston, 4 * 4));
    QVERIFY(near(r.regions[2].agatston, 4 * 2));
    QVERIFY(near(r.aortaTotal.agatston, 24));
    p.fillBox({18, 5, 2}, {21, 8, 2}, 40);
    p.fillBox({26, 5, 3}, {29, 8, 3}, 40);
    p.fillBox({4, 5, 2}, {7, 8, 2}, 600);  // coronary only
    r = score(p);
    QVERIFY(near(r.regions[0].agatston, 16));
    QCOMPARE(r.aortaTotal.agatston, 0.0);
  }

  void boneNeverCountsWhateverTheLabels() {
    Phantom p({32, 32, 4}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {31, 31, 3}, Heart);
    p.fillBox({4, 4, 1}, {9, 9, 1}, 700);
    VoxelMask bone(p.ct.geometry(), 0);
    for (int j = 4; j <= 9; ++j)
      for (int i = 4; i <= 9; ++i) bone.at(i, j, 1) = 1;
    QCOMPARE(score(p, {}, nullptr, &bone).coronary().agatston, 0.0);
    QVERIFY(score(p).coronary().agatston > 0);
  }

  void connectivityDecidesWhetherDiagonalPixelsAreOneLesion() {
    Phantom p({16, 16, 3}, {1.0, 1.0, 3.0});
    p.labelBox({0, 0, 0}, {15, 15, 2}, Heart);
    p.ct.at(5, 5, 1) = 300;
    p.ct.at(6, 6, 1) = 300;
    QuantSettings s;
    QCOMPARE(score(p, s).coronary().sliceLesions, 1);
    s.connectivity = 4;
    QCOMPARE(score(p, s).coronary().sliceLesions, 2);
  }

  void fatBlocksOfKnownVolumeInsideTheHeartOnly() {
    Phantom p({40, 40, 10}, {0.8, 0.8, 2.5});
    p.labelBox({5, 5, 1}, {34, 34, 8}, Heart);
    p.fillBox({10, 10, 2}, {19, 19, 3}, -100);  // 200 voxels inside
    p.fillBox({25, 10, 2}, {25, 19, 2}, -190);  // 10 at the lower edge: counted
    p.fillBox({26, 10, 2}, {26, 19, 2}, -30);   // 10 at the upper edge: counted
    p.fillBox({27, 10, 2}, {27, 19, 2}, -191);  // outside the window
    p.fillBox({28, 10, 2}, {28, 19, 2}, -29);
    p.fillBox({0, 0, 2}, {3, 3, 2}, -100);  // fat outside the heart label
    const QuantResult r = score(p);
    const double voxel = 0.8 * 0.8 * 2.5;
    QVERIFY(near(r.fat.volumeMl, 220 * voxel / 1000.0));
    QVERIFY(near(r.fat.meanHu, (200 * -100.0 + 10 * -190.0 + 10 * -30.0) / 220.0));
    QVERIFY(near(r.heartVolumeMl, 30 * 30 * 8 * voxel / 1000.0));
  }

  void perArteryTotalsFollowTheReadersAssignments() {
    Phantom p({40, 40, 6}, {0.5, 0.5, 3.0});
    p.labelBox({0, 0, 0}, {39, 39, 5}, Heart);
    p.fillBox({2, 2, 1}, {5, 5, 1}, 250);      // LAD
    p.fillBox({20, 20, 2}, {23, 23, 2}, 450);  // RCA
    p.fillBox({30, 2, 3}, {33, 5, 3}, 350);    // unassigned
    ArteryAssignments arteries(p.ct.geometry());
    arteries.assign(3, 3, 1, Artery::LAD);  // one pixel decides for its whole lesion
    for (int j = 20; j <= 23; ++j)
      for (int i = 20; i <= 23; ++i) arteries.assign(i, j, 2, Artery::RCA);
    const QuantResult r = score(p, {}, &arteries);
    QVERIFY(near(r.arteries[static_cast<int>(Artery::LAD)].agatston, 8));
    QVERIFY(near(r.arteries[static_cast<int>(Artery::RCA)].agatston, 16));
    QVERIFY(near(r.arteries[static_cast<int>(Artery::Unassigned)].agatston, 12));
    QCOMPARE(r.vesselsWithCalcium, 2);
    QVERIFY(near(r.coronary().agatston, 36));
    QCOMPARE(r.risk.tier, RiskTier::Borderline);
    QCOMPARE(r.risk.cacDrs, QStringLiteral("A1/N2"));
    QVERIFY(r.hasNotice(QStringLiteral("lesions-unassigned")));
  }

  void noHeartLabelMeansNoScoreNotZero() {
    Phantom p({16, 16, 4}, {1.0, 1.0, 3.0});
    p.fillBox({4, 4, 1}, {8, 8, 1}, 500);
    const QuantResult r = score(p);
    QVERIFY(!r.coronary().computed);
    QVERIFY(!r.fat.computed);
    QVERIFY(r.hasNotice(QStringLiteral("heart-missing")));
  }
};

QTEST_GUILESS_MAIN(AgatstonPhantomTest)
#include "AgatstonPhantomTest.moc"
