// The real non-contrast chest CT with a hand-drawn heart outline (tests/data): plausible fat and
// heart volumes, and a score that does not move between runs or through a save/load of the labels.
#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/QuantificationEngine.h"
#include "core/study/StudyLoader.h"
#include "tests/support/Phantom.h"
#include "tests/support/SyntheticDicom.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

class RealScanScoringTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void handDrawnHeartGivesPlausibleAndStableNumbers() {
    NullProgress progress;
    const LoadedStudy study = StudyLoader::load(sharedData("chest-ct-noncontrast"), {}, progress);
    const LabelMap labels = handDrawnHeartLabel(study.volume.geometry());
    QuantificationEngine engine(study.volume, labels);
    engine.computeAll();
    const QuantResult first = engine.result();
    QVERIFY2(first.heartVolumeMl > 400 && first.heartVolumeMl < 1100, qPrintable(QString::number(first.heartVolumeMl)));
    QVERIFY2(first.fat.volumeMl > 20 && first.fat.volumeMl < 300, qPrintable(QString::number(first.fat.volumeMl)));
    QVERIFY(first.fat.meanHu > -190 && first.fat.meanHu < -30);
    QVERIFY2(first.heartBloodMeanHu > 20 && first.heartBloodMeanHu < 80, qPrintable(QString::number(first.heartBloodMeanHu)));
    QVERIFY(first.coronary().computed);
    QVERIFY(first.hasNotice(QStringLiteral("thick-slices")));  // 5 mm slices
    QVERIFY(!first.hasNotice(QStringLiteral("contrast-suspected")));
    const QByteArray json = QJsonDocument(toJson(first)).toJson();

    QuantificationEngine again(study.volume, labels);
    again.computeAll();
    QCOMPARE(QJsonDocument(toJson(again.result())).toJson(), json);

    QTemporaryDir tmp;
    const std::filesystem::path file = tmp.filePath(QStringLiteral("heart.nii.gz")).toStdString();
    VolumeFileIO::writeLabelMap(labels, file);
    const LabelMap reloaded = LabelMapAligner::alignTo(VolumeFileIO::readLabelMap(file), study.volume.geometry());
    QVERIFY(reloaded.voxels() == labels.voxels());
    QuantificationEngine afterReload(study.volume, reloaded);
    afterReload.computeAll();
    QCOMPARE(QJsonDocument(toJson(afterReload.result())).toJson(), json);
    qInfo("heart %.0f mL, fat %.1f mL (mean %.0f HU), CAC %.1f, aorta not labelled", first.heartVolumeMl, first.fat.volumeMl, first.fat.meanHu,
          first.coronary().agatston);
  }
};

QTEST_GUILESS_MAIN(RealScanScoringTest)
#include "RealScanScoringTest.moc"
