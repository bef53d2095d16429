// The segmenter that needs no model, on the real scans: Dice against another model's labels on the
// contrast crop, anatomy checks and eye-check screenshots on the non-contrast study.
#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/model/LabelComparison.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"
#include "segmentation/anatomy/AnatomicalSegmenter.h"
#include "tests/segmentation/ExpertScans.h"
#include "tests/segmentation/OverlayMontage.h"
#include "tests/segmentation/SegmenterNotices.h"
#include "tests/support/Phantom.h"
#include "tests/support/SyntheticDicom.h"

#include <QGuiApplication>
#include <QTest>
#include <cmath>

using namespace heaorta;
using namespace heaorta::test;

namespace {

// The median over slices of the diameter of a circle with the label's area on that slice.
double medianSectionDiameterMm(const LabelMap& labels, uint8_t label) {
  const Index3 n = labels.size();
  std::vector<double> diameters;
  for (int k = 0; k < n[2]; ++k) {
    std::size_t count = 0;
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) count += labels.at(i, j, k) == label;
    if (count) diameters.push_back(2.0 * std::sqrt(count * labels.geometry().pixelAreaMm2() / M_PI));
  }
  if (diameters.empty()) return 0;
  std::nth_element(diameters.begin(), diameters.begin() + static_cast<std::ptrdiff_t>(diameters.size() / 2), diameters.end());
  return diameters[diameters.size() / 2];
}

}  // namespace

class AnatomicalSegmenterTest : public QObject {
  Q_OBJECT
  Volume demo_;
  SegmentationResult demoResult_;

 private Q_SLOTS:
  void initTestCase() {
    NullProgress progress;
    demo_ = StudyLoader::load(sharedData("chest-ct-noncontrast"), {}, progress).volume;
    demoResult_ = AnatomicalSegmenter().segment(demo_, progress);
    overlayMontage(demo_, demoResult_.labels).save(artefactPath(QStringLiteral("fallback-noncontrast.png")));
  }

  void contrastCropReachesTheTargetsAgainstTheReference() {
    const Volume ct = VolumeFileIO::readVolume(sharedData("chest-cta-crop/ct.nii.gz"));
    const LabelMap reference = VolumeFileIO::readLabelMap(sharedData("chest-cta-crop/labels.nii.gz"));
    NullProgress progress;
    const SegmentationResult r = AnatomicalSegmenter().segment(ct, progress);
    overlayMontage(ct, r.labels, &reference).save(artefactPath(QStringLiteral("fallback-contrast-crop.png")));
    const double heart = compareLabels(r.labels, reference, {Heart}, {1}).dice();
    const double aorta = compareLabels(r.labels, reference, {AscendingAorta, DescendingAorta}, {2}).dice();
    qInfo("contrast crop: Dice heart %.3f, aorta %.3f", heart, aorta);
    QVERIFY2(heart >= 0.85, qPrintable(QString::number(heart)));
    // The targets: 0.85 heart, 0.80 aorta (the fallback reaches 0.87 and 0.82).
    QVERIFY2(aorta >= 0.80, qPrintable(QString::number(aorta)));
    QVERIFY(r.contrastDetected);
    QVERIFY(hasNotice(r, "contrast-detected"));
  }

  // Expert pericardial masks on non-contrast CT (NLST, 3 mm). The fallback's constants are global
  // (anatomy, or one choice for every scan); more scans are held out and measured the same way.
  // The target, Dice 0.90, holds for the scans as they are; the thick and cropped
  // versions have floors (no step back).
  void expertHeartMasks_data() {
    QTest::addColumn<QString>("scan");
    QTest::addColumn<int>("slab");  // > 0: slices averaged into one (3, 6, 9 mm); < 0: thin slices interpolated (-3: 1 mm)
    QTest::addColumn<int>("from");  // the first slice kept: a scan that starts higher up
    QTest::addColumn<double>("floor");
    QTest::newRow("0506") << QStringLiteral("0506") << 1 << 0 << 0.90;          // 0.918 on 2026-12-07 (0.888, 0.820 before)
    QTest::newRow("0909") << QStringLiteral("0909") << 1 << 0 << 0.90;          // 0.905 (0.887, 0.774 before)
    QTest::newRow("0506 at 6 mm") << QStringLiteral("0506") << 2 << 0 << 0.91;  // 0.922
    QTest::newRow("0909 at 6 mm") << QStringLiteral("0909") << 2 << 0 << 0.88;  // 0.888
    QTest::newRow("0506 at 9 mm") << QStringLiteral("0506") << 3 << 0 << 0.90;  // 0.915
    QTest::newRow("0909 at 9 mm") << QStringLiteral("0909") << 3 << 0 << 0.88;  // 0.887 (0.828 when the ascending track ran down the SVC)
    // Thin slices (interpolated from 3 mm, so smoother than a scanner's): 334 and 556 slices.
    QTest::newRow("0506 at 1 mm") << QStringLiteral("0506") << -3 << 0 << 0.91;    // 0.919
    QTest::newRow("0909 at 1 mm") << QStringLiteral("0909") << -3 << 0 << 0.88;    // 0.890 (0.803 before the ascending track was trimmed)
    QTest::newRow("0506 at 0.6 mm") << QStringLiteral("0506") << -5 << 0 << 0.91;  // 0.917
    QTest::newRow("0909 at 0.6 mm") << QStringLiteral("0909") << -5 << 0 << 0.88;  // 0.891
    // Starting 5-6 cm above the heart's lowest slice, above the diaphragm.
    QTest::newRow("0506 from mid-heart") << QStringLiteral("0506") << 1 << 40 << 0.92;  // 0.932
    QTest::newRow("0909 from mid-heart") << QStringLiteral("0909") << 1 << 35 << 0.88;  // 0.896
  }

  void expertHeartMasks() {
    QFETCH(QString, scan);
    QFETCH(int, slab);
    QFETCH(int, from);
    QFETCH(double, floor);
    const ExpertScan thin = loadExpertScan(scan);
    const auto [ct, expertHeart] = slab > 0 ? thickSlices(thin, slab, from) : thinSlices(thin, -slab);
    NullProgress progress;
    const SegmentationResult r = AnatomicalSegmenter().segment(ct, progress);
    overlayMontage(ct, r.labels, &expertHeart)
        .save(artefactPath(QStringLiteral("fallback-nlst-%1-%2mm-from%3.png").arg(scan).arg(ct.geometry().spacing[2]).arg(from)));
    const double dice = compareLabels(r.labels, expertHeart, {Heart}, {Heart}).dice();
    // Fat (-190..-30 HU) inside our heart label against inside the expert's: the third number.
    const auto fatMl = [&ct](const LabelMap& labels) {
      std::size_t n = 0;
      for (std::size_t q = 0; q < labels.voxels().size(); ++q) n += labels.voxels()[q] == Heart && ct.voxels()[q] >= -190 && ct.voxels()[q] <= -30;
      return n * ct.geometry().voxelVolumeMm3() / 1000.0;
    };
    const double ours = fatMl(r.labels), theirs = fatMl(expertHeart);
    qInfo(
        "NLST %s at %.1f mm: heart Dice %.3f (ours %.0f mL, expert %.0f mL), fat %.0f mL vs %.0f mL, ascending aorta %.0f mL, descending %.0f mL, "
        "%.2f "
        "s",
        qPrintable(scan), ct.geometry().spacing[2], dice, r.labels.volumeMl(Heart), expertHeart.volumeMl(Heart), ours, theirs,
        r.labels.volumeMl(AscendingAorta), r.labels.volumeMl(DescendingAorta), r.seconds);
    // On the expert's own 3 mm grid (a mask merged by majority onto thick slices gains or loses
    // the thin fat rim at its edge, so the thick rows only report it).
    if (slab == 1 && from == 0)
      QVERIFY2(std::abs(ours - theirs) <= 0.2 * theirs, qPrintable(QStringLiteral("fat %1 vs %2 mL").arg(ours).arg(theirs)));
    QVERIFY2(!r.contrastDetected, "taken for a contrast study");
    QVERIFY2(r.labels.volumeMl(DescendingAorta) > 50, "the descending aorta is found");
    QVERIFY2(dice >= floor, qPrintable(QString::number(dice)));
    // Both aortas found, with an adult's diameter (median over their axial sections).
    for (const uint8_t label : {AscendingAorta, DescendingAorta}) {
      const double mm = medianSectionDiameterMm(r.labels, label);
      qInfo("  %s aorta: %.1f mm across", label == AscendingAorta ? "ascending" : "descending", mm);
      QVERIFY2(mm >= 20 && mm <= 45, qPrintable(QString::number(mm)));
    }
  }

  void nonContrastHeartAndAortaAreWhereTheAnatomyIs() {
    const SegmentationResult& r = demoResult_;
    const double ml = demo_.geometry().voxelVolumeMm3() / 1000.0;
    const double heart = r.labels.count(Heart) * ml;
    const double aorta = (r.labels.count(AscendingAorta) + r.labels.count(DescendingAorta)) * ml;
    qInfo("non-contrast demo: heart %.0f mL, aorta %.0f mL, %.2f s", heart, aorta, r.seconds);
    QVERIFY2(heart >= 400 && heart <= 1100, qPrintable(QString::number(heart)));
    QVERIFY2(aorta >= 100 && aorta <= 300, qPrintable(QString::number(aorta)));
    // Landmarks read off the images (full-resolution voxel indices).
    QCOMPARE(r.labels.at(290, 225, 20), uint8_t(Heart));            // blood in the heart
    QCOMPARE(r.labels.at(272, 330, 20), uint8_t(DescendingAorta));  // beside the spine
    QCOMPARE(r.labels.at(262, 240, 40), uint8_t(AscendingAorta));   // in front, at the arch level
    QCOMPARE(r.labels.at(256, 100, 20), uint8_t(Background));       // air in front of the chest
    QCOMPARE(r.labels.at(200, 230, 8), uint8_t(Background));        // liver, below the heart
    // Against the hand-drawn pericardial outline.
    const LabelMap drawn = handDrawnHeartLabel(demo_.geometry());
    const double dice = compareLabels(r.labels, drawn, {Heart}, {Heart}).dice();
    qInfo("non-contrast demo: Dice heart %.3f against the hand-drawn outline", dice);
    QVERIFY2(dice > 0.75, qPrintable(QString::number(dice)));
    QVERIFY(!r.contrastDetected);
    QVERIFY(hasNotice(r, "fallback-segmenter"));
    QCOMPARE(r.segmenterKey, QStringLiteral("anatomical-fallback"));
  }

  void boneIsFoundAndNeverInsideTheHeart() {
    const SegmentationResult& r = demoResult_;
    QCOMPARE(static_cast<int>(r.bone.at(262, 392, 20)), 1);  // vertebral cortex
    std::size_t overlap = 0;
    for (std::size_t v = 0; v < r.bone.voxels().size(); ++v) overlap += r.bone.voxels()[v] && r.labels.voxels()[v] == Heart;
    QVERIFY2(overlap < r.labels.count(Heart) / 200, qPrintable(QString::number(overlap)));
  }

  void flippedAxesGiveTheSameLabels() {
    // The same scan stored with x and y reversed (as NIfTI tools often write it).
    Volume flipped(demo_.geometry());
    ImageGeometry g = demo_.geometry();
    g.direction = g.direction * Eigen::Vector3d(-1, -1, 1).asDiagonal();
    g.origin = demo_.geometry().indexToPatient(Eigen::Vector3d(g.size[0] - 1, g.size[1] - 1, 0));
    flipped = Volume(g);
    flipped.metadata() = demo_.metadata();
    for (int k = 0; k < g.size[2]; ++k)
      for (int j = 0; j < g.size[1]; ++j)
        for (int i = 0; i < g.size[0]; ++i) flipped.at(g.size[0] - 1 - i, g.size[1] - 1 - j, k) = demo_.at(i, j, k);
    NullProgress progress;
    const SegmentationResult r = AnatomicalSegmenter().segment(flipped, progress);
    const LabelMap back = LabelMapAligner::alignTo(r.labels, demo_.geometry());
    QVERIFY(back.voxels() == demoResult_.labels.voxels());
  }

  void aScanWithoutLungsIsRefused() {
    Phantom p({64, 64, 20}, {1.0, 1.0, 3.0}, 40);
    NullProgress progress;
    try {
      AnatomicalSegmenter().segment(p.ct, progress);
      QFAIL("no lungs, no chest");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::Unsupported);
    }
  }

  void cancellationIsHonoured() {
    CancellableProgress progress;
    progress.cancel();
    try {
      AnatomicalSegmenter().segment(demo_, progress);
      QFAIL("cancelled");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
  }
};

QTEST_MAIN(AnatomicalSegmenterTest)
#include "AnatomicalSegmenterTest.moc"
