// A failed segmentation is said everywhere a result is shown, and gets no verdict: the demo study's
// own masks with the heart cut down to one slice (a segmenter that lost the heart) through
// `heaorta score` (exit code 10, JSON, text) and in the workstation (red banner, no tier); the
// intact masks pass everywhere.
#include "app/gui/MainWindow.h"
#include "app/gui/SegmentationBanner.h"
#include "app/gui/StudySession.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/io/VolumeFileIO.h"
#include "tests/support/SyntheticDicom.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

class SegmentationFailureTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString demo_, intact_, failed_;

 private Q_SLOTS:
  void initTestCase() {
    demo_ = QString::fromStdString((sourceDir() / "resources/demo/chest-ct").string());
    intact_ = tmp_.filePath(QStringLiteral("intact.nii.gz"));
    failed_ = tmp_.filePath(QStringLiteral("failed.nii.gz"));
    const CliRun r = runCli({QStringLiteral("segment"), demo_, QStringLiteral("-o"), intact_, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("segmentation")][QStringLiteral("valid")].toBool(), true);
    LabelMap labels = VolumeFileIO::readLabelMap(intact_.toStdString());
    // Keep the heart on its middle slice only.
    const Index3 n = labels.size();
    int first = n[2], last = -1;
    for (int k = 0; k < n[2]; ++k)
      for (int j = 0; j < n[1]; ++j)
        for (int i = 0; i < n[0]; ++i)
          if (labels.at(i, j, k) == Heart) first = std::min(first, k), last = std::max(last, k);
    const int keep = (first + last) / 2;
    for (int k = 0; k < n[2]; ++k)
      for (int j = 0; j < n[1]; ++j)
        for (int i = 0; i < n[0]; ++i)
          if (labels.at(i, j, k) == Heart && k != keep) labels.at(i, j, k) = Background;
    VolumeFileIO::writeLabelMap(labels, failed_.toStdString());
  }

  void theReportSaysSoAndGivesNoVerdict() {
    const QString pdf = tmp_.filePath(QStringLiteral("failed.pdf"));
    const CliRun r = runCli({QStringLiteral("report"), demo_, QStringLiteral("--labels"), failed_, QStringLiteral("-o"), pdf});
    QCOMPARE(r.exitCode, 10);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("No risk verdict: the segmentation failed")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(not valid)")));
    QVERIFY(!text.contains(QStringLiteral("Reference: population mean")));  // no reading of the fat
    for (const char* verdict : {"Low risk", "Borderline risk", "Intermediate risk", "High risk", "Very high risk", "cardiovascular events"})
      QVERIFY2(!text.contains(QLatin1String(verdict)), verdict);
  }

  void theStructuredReportMarksTheScoresIndeterminate() {
    const QString sr = tmp_.filePath(QStringLiteral("failed-sr.dcm"));
    QCOMPARE(runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), failed_, QStringLiteral("--format"), QStringLiteral("sr"),
                     QStringLiteral("-o"), sr})
                 .exitCode,
             10);
    QString valid, dump, attributes;
    runTool(QStringLiteral("dciodvfy"), {sr}, &valid);
    QVERIFY2(!valid.contains(QStringLiteral("Error")), qPrintable(valid));
    // Every score carries the qualifier (dsrdump does not print it; the data set holds it).
    runTool(QStringLiteral("dcmdump"), {sr}, &attributes);
    QVERIFY(attributes.count(QStringLiteral("NumericValueQualifierCodeSequence")) >= 7);
    QVERIFY(attributes.contains(QStringLiteral("[114011]")));
    runTool(QStringLiteral("dsrdump"), {QStringLiteral("+Pl"), sr}, &dump);
    QVERIFY(dump.contains(QStringLiteral("No risk verdict: the segmentation failed")));
    QVERIFY(!dump.contains(QStringLiteral("Coronary calcium risk tier")));
  }

  void theCommandLineSaysSoAndGivesNoVerdict() {
    const CliRun ok = runCli({QStringLiteral("score"), demo_, QStringLiteral("--labels"), intact_, QStringLiteral("--json")});
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject good = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(good[QStringLiteral("segmentation")][QStringLiteral("valid")].toBool(), true);
    QVERIFY(good[QStringLiteral("risk")][QStringLiteral("tier")].isString());
    // `segment` saved its bone mask beside the labels: scoring them gives what segmenting and
    // scoring in one run gives (the spine beside the descending aorta is not calcium).
    const QJsonObject direct = QJsonDocument::fromJson(runCli({QStringLiteral("score"), demo_, QStringLiteral("--json")}).out).object();
    for (const char* region : {"coronary", "aorta_ascending", "aorta_descending"})
      QCOMPARE(good[QLatin1String(region)][QStringLiteral("agatston")].toDouble(),
               direct[QLatin1String(region)][QStringLiteral("agatston")].toDouble());
    for (const QJsonValue n : good[QStringLiteral("notices")].toArray())
      QVERIFY(n[QStringLiteral("code")].toString() != QStringLiteral("bone-mask-missing"));

    const CliRun r = runCli({QStringLiteral("score"), demo_, QStringLiteral("--labels"), failed_, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 10);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json[QStringLiteral("segmentation")][QStringLiteral("valid")].toBool(true), false);
    QCOMPARE(json[QStringLiteral("segmentation")][QStringLiteral("failures")].toArray().first()[QStringLiteral("code")].toString(),
             QStringLiteral("heart-volume-implausible"));
    QVERIFY(json[QStringLiteral("risk")][QStringLiteral("tier")].isNull());
    QVERIFY(!json[QStringLiteral("risk")].toObject().contains(QStringLiteral("advice")));
    QCOMPARE(json[QStringLiteral("score_valid")].toBool(true), false);

    const CliRun text = runCli({QStringLiteral("score"), demo_, QStringLiteral("--labels"), failed_});
    QCOMPARE(text.exitCode, 10);
    QVERIFY2(text.out.startsWith("SEGMENTATION FAILED"), text.out.constData());
    QVERIFY2(text.out.contains("Risk tier: none given"), text.out.constData());
    QVERIFY(!text.out.contains("CAC-DRS"));
    const CliRun csv = runCli({QStringLiteral("score"), demo_, QStringLiteral("--labels"), failed_, QStringLiteral("--csv")});
    const QList<QByteArray> rows = csv.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 2);
    const int tierColumn = static_cast<int>(rows[0].split(',').indexOf("risk_tier"));
    QVERIFY(tierColumn > 0);
    QCOMPARE(rows[1].split(',').at(tierColumn), QByteArray());
  }

  void theWorkstationShowsAFailureAndNoTier() {
    QCoreApplication::setOrganizationName(QStringLiteral("HeaortaSegmentationFailureTest"));
    StudySession session;
    MainWindow window(&session);
    window.resize(1400, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&window, &MainWindow::studyOpened);
    window.openPath(demo_.toStdString());
    QVERIFY(opened.wait(60000));
    auto* banner = window.findChild<SegmentationBanner*>(QStringLiteral("segmentationBanner"));
    auto* tier = window.findChild<QLabel*>(QStringLiteral("riskTier"));
    auto* cac = window.findChild<QLabel*>(QStringLiteral("cacValue"));
    QVERIFY(banner && tier && cac);

    window.loadLabels(failed_.toStdString());
    QTRY_VERIFY_WITH_TIMEOUT(window.quantification()->result().has_value(), 30000);
    QTRY_VERIFY(banner->showsFailure());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Segmentation failed")), qPrintable(banner->text()));
    QVERIFY2(tier->text().startsWith(QStringLiteral("No risk verdict")), qPrintable(tier->text()));
    QVERIFY2(cac->text().contains(QStringLiteral("not valid")), qPrintable(cac->text()));
    QTest::qWait(500);  // the layout follows the longer texts
    window.grab().toImage().save(artefactPath(QStringLiteral("segmentation-failed.png")));

    window.loadLabels(intact_.toStdString());
    QTRY_VERIFY(!banner->showsFailure());
    QVERIFY2(tier->text().contains(QStringLiteral("risk")) && !tier->text().startsWith(QStringLiteral("No")), qPrintable(tier->text()));
    QVERIFY(!cac->text().contains(QStringLiteral("not valid")));
  }
};

QTEST_MAIN(SegmentationFailureTest)
#include "SegmentationFailureTest.moc"
