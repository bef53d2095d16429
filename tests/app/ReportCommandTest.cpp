// `heaorta report` as a user runs it: the PDF rendered by poppler (pdftotext, pdftoppm, pdfinfo) must
// hold the same numbers as `heaorta score`, the tier in the chosen language, and no verdict on a
// contrast scan. The rendered pages are kept in build/test-artefacts/ for people to look at.
#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta::test;
namespace fs = std::filesystem;

class ReportCommandTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString demo_;

  QString pdfPath(const QString& name) const { return tmp_.filePath(name); }

  static QString pdfInfo(const QString& pdf) {
    QString info;
    runTool(QStringLiteral("pdfinfo"), {pdf}, &info);
    return info;
  }

  QJsonObject scoreJson(const QStringList& extra) const {
    const CliRun r = runCli(QStringList{QStringLiteral("score"), demo_, QStringLiteral("--json")} + extra);
    return QJsonDocument::fromJson(r.out).object();
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(tmp_.isValid());
    demo_ = QString::fromStdString((sourceDir() / "resources/demo/chest-ct").string());
  }

  void theEnglishReportHoldsTheScoresAndTheTier() {
    const QString pdf = pdfPath(QStringLiteral("en.pdf"));
    const CliRun r =
        runCli({QStringLiteral("report"), demo_, QStringLiteral("-o"), pdf, QStringLiteral("--reader"), QStringLiteral("Dr. Test Reader")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Report written"));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the report");
    // The same numbers `score` prints, as the presenter rounds them.
    const QJsonObject json = scoreJson({});
    const QJsonObject cac = json[QStringLiteral("coronary")].toObject();
    const double agatston = cac[QStringLiteral("agatston")].toDouble();
    QVERIFY2(text.contains(QStringLiteral("Agatston score ")) && text.contains(QString::number(agatston, 'f', 1)), qPrintable(text));
    const QString tierName = json[QStringLiteral("risk")].toObject()[QStringLiteral("tier_name")].toString();
    QVERIFY(!tierName.isEmpty());
    QVERIFY2(text.contains(tierName + QStringLiteral(" risk (CAC")), qPrintable(tierName));
    QVERIFY(text.contains(QStringLiteral("cardiovascular events")));
    // Identification, protocol, every block the issue names.
    for (const char* expected : {"Lung_Dx-A0001",
                                 "120 kVp",
                                 "Philips",
                                 "Volume score",
                                 "Mass score",
                                 "CAC-DRS",
                                 "Left main",
                                 "Aortic calcium",
                                 "Pericardial fat",
                                 "Reference: population mean about 100 mL",
                                 "Chinese-American men aged 58",
                                 "Key images",
                                 "Masks",
                                 "Reader edits",
                                 "Settings",
                                 "Threshold 130 HU",
                                 "Cautions",
                                 "Dr. Test Reader",
                                 "McClelland",
                                 "Page 1 of"})
      QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
    QVERIFY(keepPdfPages(pdf, QStringLiteral("report-en")) >= 2);
  }

  void theChineseReportIsInTraditionalChinese() {
    const QString pdf = pdfPath(QStringLiteral("zh.pdf"));
    const CliRun r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("report"), demo_, QStringLiteral("-o"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = pdfText(pdf);
    for (const QString& expected : {QStringLiteral("冠狀動脈"), QStringLiteral("邊緣風險"), QStringLiteral("心包膜脂肪"), QStringLiteral("未簽署")})
      QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    QVERIFY(!text.contains(QStringLiteral("Borderline")));
    QVERIFY(keepPdfPages(pdf, QStringLiteral("report-zh_TW")) >= 2);
  }

  void aContrastScanGetsNoVerdict() {
    const QString pdf = pdfPath(QStringLiteral("contrast.pdf"));
    const QString ct = QString::fromStdString(sharedData("chest-cta-crop/ct.nii.gz").string());
    const QString labels = QString::fromStdString(sharedData("chest-cta-crop/labels.nii.gz").string());
    const CliRun r = runCli({QStringLiteral("report"), ct, QStringLiteral("--labels"), labels, QStringLiteral("-o"), pdf});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 10, r.err.constData());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("No risk verdict")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(not valid)")));
    QVERIFY(text.contains(QStringLiteral("contrast"), Qt::CaseInsensitive));
    for (const char* verdict :
         {"Low risk", "Borderline risk", "Intermediate risk", "High risk", "Very high risk", "cardiovascular events", "CAC-DRS"})
      QVERIFY2(!text.contains(QLatin1String(verdict)), verdict);
    QVERIFY(text.contains(QStringLiteral("not applicable (no valid score)")));
    QVERIFY(keepPdfPages(pdf, QStringLiteral("report-contrast")) >= 1);
  }

  void letterPaperAndAFailedWrite() {
    const QString pdf = pdfPath(QStringLiteral("letter.pdf"));
    QCOMPARE(runCli({QStringLiteral("report"), demo_, QStringLiteral("-o"), pdf, QStringLiteral("--paper"), QStringLiteral("letter")}).exitCode, 0);
    QVERIFY(pdfInfo(pdf).contains(QStringLiteral("(letter)")));
    QCOMPARE(runCli({QStringLiteral("report"), demo_, QStringLiteral("-o"), pdf, QStringLiteral("--paper"), QStringLiteral("a5")}).exitCode, 2);
    const CliRun denied = runCli({QStringLiteral("report"), demo_, QStringLiteral("-o"), QStringLiteral("/proc/heaorta-report.pdf")});
    QVERIFY(denied.exitCode != 0);
    QVERIFY2(denied.err.contains("heaorta-report.pdf"), denied.err.constData());
    QCOMPARE(runCli({QStringLiteral("report"), demo_}).exitCode, 2);  // no --output
  }
};

QTEST_GUILESS_MAIN(ReportCommandTest)
#include "ReportCommandTest.moc"
