// Drives the real `heaorta` executable the way a script would: arguments, exit codes, JSON.
#include "tests/support/SyntheticDicom.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>

using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

using Run = CliRun;

}  // namespace

class CliTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  fs::path study_;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(!qgetenv("HEAORTA_CLI").isEmpty());
    study_ = fs::path(tmp_.path().toStdString()) / "study";
    SyntheticSeries s;
    s.stackAlongNormal(5, 2.0);
    SyntheticDicom::writeSeries(study_, s);
    std::ofstream(study_ / "notes.txt") << "x";
  }

  void infoJsonListsSeriesSkippedFilesAndTheVolume() {
    const Run r = runCli({QStringLiteral("info"), QString::fromStdString(study_.string()), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonObject dicom = json[QStringLiteral("dicom")].toObject();
    QCOMPARE(dicom[QStringLiteral("files_examined")].toInt(), 6);
    const QJsonArray skipped = dicom[QStringLiteral("skipped")].toArray();
    QCOMPARE(skipped.size(), 1);
    QVERIFY(skipped[0].toObject()[QStringLiteral("reason")].toString().contains(QLatin1String("not a DICOM file")));
    const QJsonObject volume = json[QStringLiteral("volume")].toObject();
    QCOMPARE(volume[QStringLiteral("size")].toArray(), (QJsonArray{16, 12, 5}));
    QCOMPARE(volume[QStringLiteral("orientation")].toString(), QStringLiteral("LPS"));
    const QJsonObject meta = volume[QStringLiteral("metadata")].toObject();
    QCOMPARE(meta[QStringLiteral("kvp")].toDouble(), 120.0);
    QCOMPARE(meta[QStringLiteral("slice_increment_mm")].toDouble(), 2.0);
    QCOMPARE(volume[QStringLiteral("hu_range")].toArray(), (QJsonArray{-1000, -1000 + 15 + 1100 + 4000}));
  }

  void infoTextIsReadable() {
    const Run r = runCli({QStringLiteral("info"), QString::fromStdString(study_.string())});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Size: 16 x 12 x 5 voxels"));
    QVERIFY(r.out.contains("kVp 120"));
  }

  void infoInTraditionalChinese() {
    const Run r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("info"), QString::fromStdString(study_.string())});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("體素")), r.out.constData());
  }

  // The launcher answers --help with Qt Core alone; the commands module (ITK, GDCM, DCMTK, Qt Gui)
  // is loaded only to run a command. The dynamic loader's own trace says which files it opened.
  void helpLoadsNoImagingLibrary() {
    qputenv("LD_DEBUG", "files");
    const Run help = runCli({QStringLiteral("--help")});
    const Run info = runCli({QStringLiteral("info"), QString::fromStdString(study_.string())});
    qunsetenv("LD_DEBUG");
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"info", "segment", "score", "batch", "convert", "export", "pacs"})
      QVERIFY2(help.out.contains(QByteArray("\n  ") + command + ' '), command);
    for (const char* library : {"libgdcm", "libITK", "libdcmdata", "libheaorta_cli", "libQt6Gui"}) QVERIFY2(!help.err.contains(library), library);
    // info loads the screening module: GDCM, but neither DCMTK's network nor Qt Gui.
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.err.contains("libheaorta_cli_screening.so") && info.err.contains("libgdcmMSFF"));
    for (const char* library : {"libheaorta_cli_exchange", "libdcmnet", "libQt6Gui"}) QVERIFY2(!info.err.contains(library), library);
  }

  void aMissingCommandsModuleIsSaid() {
    qputenv("HEAORTA_CLI_MODULE_DIR", "/nonexistent");
    const Run r = runCli({QStringLiteral("info"), QString::fromStdString(study_.string())});
    const Run help = runCli({QStringLiteral("--help")});
    qunsetenv("HEAORTA_CLI_MODULE_DIR");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot load the commands module /nonexistent/libheaorta_cli_screening.so"), r.err.constData());
    QCOMPARE(help.exitCode, 0);  // the usage needs no module
  }

  // LibTorch is a plugin: neither the launcher nor a commands module links it, and a missing plugin
  // is said clearly.
  void libTorchLoadsOnlyWhenAModelRuns() {
    const QString cli = QString::fromLocal8Bit(qgetenv("HEAORTA_CLI"));
    QString libraries;
    const QDir modules(QFileInfo(cli).dir().filePath(QStringLiteral("../lib/heaorta")));
    QCOMPARE(runTool(QStringLiteral("ldd"),
                     {cli, modules.filePath(QStringLiteral("libheaorta_cli_screening.so")),
                      modules.filePath(QStringLiteral("libheaorta_cli_exchange.so"))},
                     &libraries),
             0);
    QVERIFY(libraries.contains(QStringLiteral("libgdcmMSFF")) && libraries.contains(QStringLiteral("libdcmnet")));  // ldd read both modules
    QVERIFY2(!libraries.contains(QStringLiteral("libtorch")) && !libraries.contains(QStringLiteral("libc10")), qPrintable(libraries));
    const QString model = QString::fromStdString((sourceDir() / "tests/data/models/intensity-bands.pt").string());
    qputenv("HEAORTA_TORCH_PLUGIN", "/nonexistent/libheaorta_torch.so");
    const Run r = runCli({QStringLiteral("segment"), QString::fromStdString(study_.string()), QStringLiteral("--model"), model, QStringLiteral("-o"),
                          tmp_.filePath(QStringLiteral("never.nii.gz"))});
    qunsetenv("HEAORTA_TORCH_PLUGIN");
    QCOMPARE(r.exitCode, 8);
    QVERIFY2(r.err.contains("the model runtime (LibTorch plugin) cannot be loaded"), r.err.constData());
  }

  void exitCodesTellScriptsWhatWentWrong() {
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("/nonexistent/study")}).exitCode, 4);
    QCOMPARE(runCli({QStringLiteral("info")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--help")}).exitCode, 0);
    const fs::path empty = fs::path(tmp_.path().toStdString()) / "empty";
    fs::create_directories(empty);
    const Run r = runCli({QStringLiteral("info"), QString::fromStdString(empty.string()), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("error")].toObject()[QStringLiteral("exit_code")].toInt(), 4);
  }

  void convertWritesAVolumeThatInfoReadsBack() {
    const QString out = tmp_.filePath(QStringLiteral("converted.nii.gz"));
    QCOMPARE(runCli({QStringLiteral("convert"), QString::fromStdString(study_.string()), QStringLiteral("-o"), out}).exitCode, 0);
    const Run r = runCli({QStringLiteral("info"), out, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject meta = QJsonDocument::fromJson(r.out).object()[QStringLiteral("volume")].toObject()[QStringLiteral("metadata")].toObject();
    QCOMPARE(meta[QStringLiteral("kvp")].toDouble(), 120.0);  // survived through the sidecar
  }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
