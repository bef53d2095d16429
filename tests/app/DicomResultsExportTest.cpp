// `heaorta export --format sr|pdf-dicom`: the results and the report as DICOM for the PACS, valid by
// dciodvfy (zero errors), filed into the CT's study, holding the numbers `score` prints, in
// Traditional Chinese as well (ISO_IR 192), read back with DCMTK's own tools (dsrdump, dcm2pdf).
#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta::test;

class DicomResultsExportTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString demo_, labels_;
  QJsonObject score_;

  QString path(const char* name) const { return tmp_.filePath(QLatin1String(name)); }

  static QString tool(const char* program, const QStringList& arguments) {
    QString out;
    runTool(QLatin1String(program), arguments, &out);
    return out;
  }

  static void verifyValid(const QString& file, const char* iod) {
    const QString report = tool("dciodvfy", {file});
    QVERIFY2(report.contains(QLatin1String(iod)) && !report.contains(QLatin1String("Error")), qPrintable(report));
  }

  // The demo CT's study, as `info` reads it.
  QString ctStudyUid() const {
    const QByteArray info = runCli({QStringLiteral("info"), demo_, QStringLiteral("--json")}).out;
    const int at = info.indexOf("\"study_instance_uid\": \"");
    return at < 0 ? QString() : QString::fromLatin1(info.mid(at + 23).split('"').front());
  }

 private Q_SLOTS:
  void initTestCase() {
    demo_ = QString::fromStdString((sourceDir() / "resources/demo/chest-ct").string());
    labels_ = path("labels.nii.gz");
    QCOMPARE(runCli({QStringLiteral("segment"), demo_, QStringLiteral("-o"), labels_}).exitCode, 0);
    score_ =
        QJsonDocument::fromJson(runCli({QStringLiteral("score"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--json")}).out).object();
    QVERIFY(score_[QStringLiteral("risk")][QStringLiteral("tier")].isString());
  }

  void theStructuredReportIsValidAndHoldsTheScores() {
    const CliRun r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--format"), QStringLiteral("sr"),
                             QStringLiteral("--reader"), QStringLiteral("Lin^Mei"), QStringLiteral("-o"), path("results.dcm")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    verifyValid(path("results.dcm"), "EnhancedSR");
    const QString sr = tool("dsrdump", {QStringLiteral("+Pl"), path("results.dcm")});
    const QJsonObject cac = score_[QStringLiteral("coronary")].toObject();
    for (const QString& expected :
         {QStringLiteral("Imaging Measurement Report"), QStringLiteral("(en-US,RFC5646"),
          QStringLiteral("\"Calcium score\")=\"%1\" (1,UCUM").arg(cac[QStringLiteral("agatston")].toDouble(), 0, 'f', 1),
          QStringLiteral("\"Calcium score\")=\"%1\" (mm3,UCUM").arg(cac[QStringLiteral("volume_mm3")].toDouble(), 0, 'f', 1),
          QStringLiteral("\"Calcium score\")=\"%1\" (mg,UCUM").arg(cac[QStringLiteral("mass_mg")].toDouble(), 0, 'f', 2),
          QStringLiteral("Agatston scoring method"), QStringLiteral("Volume scoring method"), QStringLiteral("Mass scoring method"),
          QStringLiteral("(54247002,SCT,\"Ascending aorta\")"), QStringLiteral("(32672002,SCT,\"Descending aorta\")"),
          QStringLiteral("\"Coronary calcium risk tier\")=\"%1 risk").arg(score_[QStringLiteral("risk")][QStringLiteral("tier_name")].toString()),
          QStringLiteral("\"Person Observer Name\")=\"Lin^Mei\""), QStringLiteral("VERIFIED"),
          QStringLiteral("anatomical-fallback (as recorded beside the labels)")})
      QVERIFY2(sr.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + sr));
    QVERIFY(!sr.contains(QStringLiteral("Value indeterminate")));
    // Filed into the CT's study, with UTF-8 text.
    QCOMPARE(tool("dcmdump", {QStringLiteral("+P"), QStringLiteral("0020,000d"), path("results.dcm")})
                 .section(QLatin1Char('['), 1)
                 .section(QLatin1Char(']'), 0, 0),
             ctStudyUid());
    QVERIFY(tool("dcmdump", {QStringLiteral("+P"), QStringLiteral("0008,0005"), path("results.dcm")}).contains(QStringLiteral("ISO_IR 192")));
  }

  void theChineseStructuredReportIsValid() {
    const CliRun r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_,
                             QStringLiteral("--format"), QStringLiteral("sr"), QStringLiteral("-o"), path("results-zh.dcm")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    verifyValid(path("results-zh.dcm"), "EnhancedSR");
    const QString sr = tool("dsrdump", {QStringLiteral("+Pl"), QStringLiteral("+U8"), path("results-zh.dcm")});
    QVERIFY2(sr.contains(QStringLiteral("(zh-TW,RFC5646")) && sr.contains(QStringLiteral("邊緣風險")), qPrintable(sr));
    QVERIFY(sr.contains(QStringLiteral("UNVERIFIED")));  // nobody signed
  }

  void theReportAsDicomPdfIsValidAndHoldsTheReport() {
    const CliRun r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--format"),
                             QStringLiteral("pdf-dicom"), QStringLiteral("-o"), path("report.dcm")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    verifyValid(path("report.dcm"), "EncapsulatedPDF");
    QVERIFY(tool("dcmdump", {QStringLiteral("+P"), QStringLiteral("0008,0060"), path("report.dcm")}).contains(QStringLiteral("[DOC]")));
    QCOMPARE(runTool(QStringLiteral("dcm2pdf"), {path("report.dcm"), path("extracted.pdf")}), 0);
    const QString text = pdfText(path("extracted.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Agatston score")) &&
                 text.contains(QString::number(score_[QStringLiteral("coronary")][QStringLiteral("agatston")].toDouble(), 'f', 1)),
             qPrintable(text));
  }

  // A NIfTI without the sidecar `convert` writes has no study to file the objects into.
  void aStudyNotFromDicomIsRefused() {
    const QString nifti = QString::fromStdString(sharedData("chest-cta-crop/ct.nii.gz").string());
    const QString labels = QString::fromStdString(sharedData("chest-cta-crop/labels.nii.gz").string());
    for (const QString& format : {QStringLiteral("sr"), QStringLiteral("pdf-dicom")}) {
      const CliRun r = runCli({QStringLiteral("export"), nifti, QStringLiteral("--labels"), labels, QStringLiteral("--format"), format,
                               QStringLiteral("-o"), path("none.dcm")});
      QCOMPARE(r.exitCode, 3);
      QVERIFY2(r.err.contains("not loaded from DICOM"), r.err.constData());
      QVERIFY(!QFile::exists(path("none.dcm")));
    }
  }
};

QTEST_GUILESS_MAIN(DicomResultsExportTest)
#include "DicomResultsExportTest.moc"
