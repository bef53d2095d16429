// A failed segmentation is said, never scored as a result: each failure check on a synthetic chest
// whose anatomy is known by construction, then on a real scan with its expert heart mask moved
// into the abdomen; and what the JSON says when a verdict is withheld.
#include "core/io/VolumeFileIO.h"
#include "core/quant/LungProfile.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/QuantificationEngine.h"
#include "core/quant/SegmentationCheck.h"
#include "tests/support/Phantom.h"
#include "tests/support/SyntheticDicom.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace heaorta;
using namespace heaorta::test;

namespace {

// 160 x 160 x 60 voxels of 2 x 2 x 5 mm: air around a body (40 HU) from x, y 20 to 139; lungs
// (-850 HU) from slice 25 up to 54, a solid abdomen below. Heart 80 x 60 x 90 mm = 432 mL between
// the lungs, slices 32-49; both aortas beside it.
Phantom chest(bool lungs = true) {
  Phantom p({160, 160, 60}, {2.0, 2.0, 5.0}, -1000);
  p.fillBox({20, 20, 0}, {139, 139, 59}, 40);
  if (lungs) {
    p.fillBox({28, 40, 25}, {62, 120, 54}, -850);
    p.fillBox({97, 40, 25}, {131, 120, 54}, -850);
  }
  p.labelBox({60, 60, 32}, {99, 89, 49}, Heart);
  p.labelBox({75, 95, 45}, {84, 104, 54}, AscendingAorta);
  p.labelBox({85, 110, 20}, {94, 119, 54}, DescendingAorta);
  return p;
}

QStringList failureCodes(const Phantom& p) {
  QStringList codes;
  for (const Notice& n : SegmentationCheck::failures(p.ct, p.labels)) codes << (n.failure() ? n.code : QStringLiteral("not-a-failure"));
  return codes;
}

void moveLabel(LabelMap& labels, uint8_t label, int slices) {
  const LabelMap before = labels;
  const Index3 n = labels.size();
  for (int k = 0; k < n[2]; ++k)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i)
        if (labels.at(i, j, k) == label) labels.at(i, j, k) = Background;
  for (int k = 0; k < n[2]; ++k)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i)
        if (before.at(i, j, k) == label && k + slices >= 0 && k + slices < n[2]) labels.at(i, j, k + slices) = label;
}

}  // namespace

class SegmentationCheckTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void lungAreaCountsOnlyAirInsideTheBody() {
    const Phantom p = chest();
    const std::vector<double> area = airInsideBodyCm2(p.ct);
    QCOMPARE(area.size(), std::size_t(60));
    QCOMPARE(area[10], 0.0);                        // abdomen: the air around the body does not count
    QCOMPARE(area[40], 2 * 35 * 81 * 4.0 / 100.0);  // two lungs of 35 x 81 voxels of 4 mm²
    // Arms down: air between an arm and the chest is not lung either.
    Phantom arms = chest(false);
    arms.fillBox({5, 40, 0}, {15, 120, 59}, 40);  // an arm beside the body, 5 voxels of air between
    for (double a : airInsideBodyCm2(arms.ct)) QCOMPARE(a, 0.0);
  }

  void aPlausibleChestSegmentationPasses() { QCOMPARE(failureCodes(chest()), QStringList()); }

  void eachFailureIsDetected() {
    Phantom below = chest();
    moveLabel(below.labels, Heart, -28);  // centre on slice 12: the abdomen
    QCOMPARE(failureCodes(below), QStringList{QStringLiteral("heart-outside-chest")});

    Phantom small = chest();
    small.labelBox({60, 60, 32}, {99, 89, 49}, Background);
    small.labelBox({70, 65, 38}, {89, 84, 45}, Heart);  // 40 x 40 x 40 mm = 64 mL
    QCOMPARE(failureCodes(small), QStringList{QStringLiteral("heart-volume-implausible")});

    Phantom huge = chest();
    huge.labelBox({30, 30, 26}, {129, 129, 44}, Heart);  // 200 x 200 x 95 mm = 3.8 L
    QVERIFY(failureCodes(huge).contains(QStringLiteral("heart-volume-implausible")));

    Phantom noHeart = chest();
    noHeart.labelBox({60, 60, 32}, {99, 89, 49}, Background);
    QCOMPARE(failureCodes(noHeart), QStringList{QStringLiteral("heart-missing")});

    Phantom noAorta = chest();
    noAorta.labelBox({75, 95, 20}, {94, 119, 54}, Background);
    QCOMPARE(failureCodes(noAorta), QStringList{QStringLiteral("aorta-not-found")});

    Phantom oneAorta = chest();
    oneAorta.labelBox({75, 95, 45}, {84, 104, 54}, Background);  // the ascending only: a caution, not a failure
    QCOMPARE(failureCodes(oneAorta), QStringList());

    QCOMPARE(failureCodes(chest(false)), QStringList{QStringLiteral("lungs-not-found")});
  }

  void aFailedSegmentationGetsNoVerdictAnywhereInTheResult() {
    Phantom p = chest();
    p.fillSphere({75, 70, 40}, 3.0, 400);  // calcium inside the heart: a score with a tier
    moveLabel(p.labels, Heart, -28);
    p.fillSphere({75, 70, 12}, 3.0, 400);
    QuantificationEngine engine(p.ct, p.labels);
    engine.computeAll();
    const QuantResult r = engine.result();
    QVERIFY(r.coronary().computed && r.coronary().agatston > 0);
    QVERIFY(!r.segmentationValid());
    QCOMPARE(r.verdictWithheldBecause().size(), std::size_t(1));
    const QJsonObject json = toJson(r);
    QCOMPARE(json[QStringLiteral("segmentation")][QStringLiteral("valid")].toBool(true), false);
    QCOMPARE(json[QStringLiteral("segmentation")][QStringLiteral("failures")].toArray().size(), 1);
    QVERIFY(json[QStringLiteral("risk")][QStringLiteral("tier")].isNull());
    QCOMPARE(json[QStringLiteral("risk")][QStringLiteral("withheld_because")].toArray().first().toString(), QStringLiteral("heart-outside-chest"));
    QVERIFY(!json[QStringLiteral("risk")][QStringLiteral("reason")].toString().isEmpty());
    QVERIFY(!json[QStringLiteral("risk")].toObject().contains(QStringLiteral("advice")));
    QCOMPARE(json[QStringLiteral("score_valid")].toBool(true), false);
    QVERIFY(json[QStringLiteral("coronary")][QStringLiteral("agatston")].toDouble() > 0);  // the number stays, marked
    QVERIFY(csvRow(QStringLiteral("s"), r).contains(QStringLiteral(",0,\"")));             // segmentation_valid 0
  }

  void contrastWithholdsTheVerdictButTheSegmentationStandsValid() {
    Phantom p = chest();
    p.fillBox({60, 60, 32}, {99, 89, 49}, 320);  // an enhanced blood pool
    QuantificationEngine engine(p.ct, p.labels);
    engine.computeAll();
    const QuantResult r = engine.result();
    QVERIFY(r.segmentationValid());
    QVERIFY(r.hasNotice(QStringLiteral("contrast-suspected")));
    QVERIFY(toJson(r)[QStringLiteral("risk")][QStringLiteral("tier")].isNull());
  }

  void anExpertHeartMovedIntoTheAbdomenOfARealScanFails() {
    // NLST case 0506 (3 mm, chest and upper abdomen) with its expert heart mask: valid as drawn;
    // moved 30 slices (90 mm) down, into the liver and stomach, it is a failure.
    const std::filesystem::path dir = sharedData("noncontrast-heart-labels/0506");
    const Volume ct = VolumeFileIO::readVolume(dir / "ct.nrrd");
    LabelMap labels = VolumeFileIO::readLabelMap(dir / "labels.nrrd");
    QStringList codes;
    for (const Notice& f : SegmentationCheck::failures(ct, labels)) codes << f.code;
    QCOMPARE(codes, QStringList());
    const Eigen::Vector3d up = ct.geometry().indexToPatient(Eigen::Vector3d(0, 0, 1)) - ct.geometry().indexToPatient(Eigen::Vector3d(0, 0, 0));
    moveLabel(labels, Heart, up.z() > 0 ? -30 : 30);
    for (const Notice& f : SegmentationCheck::failures(ct, labels)) codes << f.code;
    QVERIFY2(codes.contains(QStringLiteral("heart-outside-chest")), qPrintable(codes.join(QLatin1Char(','))));
  }
};

QTEST_MAIN(SegmentationCheckTest)
#include "SegmentationCheckTest.moc"
