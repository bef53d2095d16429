// The segmenter that needs no model, on the real scans: Dice against another model's labels on the
// contrast crop, anatomy checks and eye-check screenshots on the non-contrast study.
#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/model/LabelComparison.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"
#include "segmentation/anatomy/AnatomicalSegmenter.h"
#include "tests/segmentation/OverlayMontage.h"
#include "tests/support/Phantom.h"
#include "tests/support/SyntheticDicom.h"

#include <QGuiApplication>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

namespace {

bool hasNotice(const SegmentationResult& r, const char* code) {
  return std::any_of(r.notices.begin(), r.notices.end(), [&](const Notice& n) { return n.code == QLatin1String(code); });
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

  void nonContrastHeartAndAortaAreWhereTheAnatomyIs() {
    const SegmentationResult& r = demoResult_;
    const double ml = demo_.geometry().voxelVolumeMm3() / 1000.0;
    const double heart = r.labels.count(Heart) * ml;
    const double aorta = (r.labels.count(AscendingAorta) + r.labels.count(DescendingAorta)) * ml;
    qInfo("non-contrast demo: heart %.0f mL, aorta %.0f mL, %.2f s", heart, aorta, r.seconds);
    QVERIFY2(heart >= 400 && heart <= 1100, qPrintable(QString::number(heart)));
    QVERIFY2(aorta >= 100 && aorta <= 300, qPrintable(QString::number(aorta)));
    // Landmarks read off the images (full-resolution voxel indices).
    QCOMPARE(r.labels.at(290, 225, 20), uint8_t(Heart));           // blood in the heart
    QCOMPARE(r.labels.at(272, 330, 20), uint8_t(DescendingAorta)); // beside the spine
    QCOMPARE(r.labels.at(262, 240, 40), uint8_t(AscendingAorta));  // in front, at the arch level
    QCOMPARE(r.labels.at(256, 100, 20), uint8_t(Background));      // air in front of the chest
    QCOMPARE(r.labels.at(200, 230, 8), uint8_t(Background));       // liver, below the heart
    // Against the hand-drawn pericardial outline.
    const LabelMap drawn = handDrawnHeartLabel(demo_.geometry());
    const double dice = compareLabels(r.labels, drawn, {Heart}, {Heart}).dice();
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
