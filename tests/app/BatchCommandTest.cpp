// `heaorta batch` over a small cohort as a hospital runs it: three real chest CT series (the shared
// scan under three Series Instance UIDs), a synthetic series the segmenter must reject, and a series
// with a truncated file. One row per series, a bad series recorded with its error, resumable after a
// rerun, a torn last row and kill -9, deterministic shards that merge to the full set, manifests.
#include "tests/support/SyntheticDicom.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fstream>
#include <map>
#include <set>

using namespace heaorta::test;
namespace fs = std::filesystem;

class BatchCommandTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString cohort_;
  QString path(const QString& name) const { return tmp_.filePath(name); }

  // Data rows by key (the first cell, unquoted).
  static std::multimap<QString, QStringList> rows(const QString& csv) {
    QFile f(csv);
    std::multimap<QString, QStringList> out;
    if (!f.open(QIODevice::ReadOnly)) return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
      if (lines[i].isEmpty()) continue;
      QStringList cells = QString::fromUtf8(lines[i]).split(QLatin1Char(','));
      QString key = cells.front();
      key.remove(QLatin1Char('"'));
      out.emplace(key, cells);
    }
    return out;
  }
  static std::set<QString> keys(const std::multimap<QString, QStringList>& r) {
    std::set<QString> k;
    for (const auto& [key, cells] : r) k.insert(key);
    return k;
  }
  CliRun batch(const QString& output, const QStringList& extra = {}) const {
    return runCli(QStringList{QStringLiteral("batch"), cohort_, QStringLiteral("-o"), output} + extra, 600000);
  }

 private Q_SLOTS:
  void initTestCase() {
    cohort_ = path(QStringLiteral("cohort"));
    const QString real = QString::fromStdString(sharedData("chest-ct-noncontrast").string());
    for (int s = 1; s <= 3; ++s) {
      const QString folder = cohort_ + QStringLiteral("/real%1").arg(s);
      QVERIFY(QDir().mkpath(folder));
      QStringList files;
      for (const QString& f : QDir(real).entryList({QStringLiteral("*.dcm")}, QDir::Files)) {
        QVERIFY(QFile::copy(real + QLatin1Char('/') + f, folder + QLatin1Char('/') + f));
        files << folder + QLatin1Char('/') + f;
      }
      // The same scan as another series: its own Series Instance UID.
      QCOMPARE(runTool(QStringLiteral("dcmodify"),
                       QStringList{QStringLiteral("-nb"), QStringLiteral("-e"), QStringLiteral("(0020,000e)"), QStringLiteral("-i"),
                                   QStringLiteral("(0020,000e)=1.2.826.0.1.3680043.9.7433.77.%1").arg(s)} +
                           files),
               0);
    }
    SyntheticSeries synthetic;
    synthetic.stackAlongNormal(12, 2.0);
    synthetic.seriesUid = "1.2.826.0.1.3680043.9.7433.77.10";
    SyntheticDicom::writeSeries(fs::path(cohort_.toStdString()) / "synthetic", synthetic);
    SyntheticSeries broken = synthetic;
    broken.seriesUid = "1.2.826.0.1.3680043.9.7433.77.11";
    const fs::path brokenDir = fs::path(cohort_.toStdString()) / "broken";
    SyntheticDicom::writeSeries(brokenDir, broken);
    // One file cut off in its pixel data.
    const fs::path victim = *fs::directory_iterator(brokenDir);
    fs::resize_file(victim, fs::file_size(victim) - 200);
  }

  void everySeriesGetsOneRowAndABadOneItsError() {
    const CliRun r = batch(path(QStringLiteral("all.csv")));
    const auto all = rows(path(QStringLiteral("all.csv")));
    const QStringList synthetic = all.find(QStringLiteral("1.2.826.0.1.3680043.9.7433.77.10"))->second;
    QCOMPARE(r.exitCode, 3);  // one series could not be read
    QVERIFY2(r.out.contains("5 series: 3 scored, 1 with a failed segmentation or no score, 1 errors"),
             qPrintable(QString::fromUtf8(r.out) + synthetic.join(QLatin1Char(','))));
    QCOMPARE(all.size(), std::size_t(5));
    QCOMPARE(keys(all).size(), std::size_t(5));
    const QStringList broken = all.find(QStringLiteral("1.2.826.0.1.3680043.9.7433.77.11"))->second;
    QCOMPARE(broken[3], QStringLiteral("error"));
    QVERIFY(!broken[4].isEmpty());
    QCOMPARE(all.find(QStringLiteral("1.2.826.0.1.3680043.9.7433.77.10"))->second[3], QStringLiteral("segmentation_failed"));
    // The real series score what `score` gives for the scan.
    const QJsonObject single =
        QJsonDocument::fromJson(
            runCli({QStringLiteral("score"), QString::fromStdString(sharedData("chest-ct-noncontrast").string()), QStringLiteral("--json")}).out)
            .object();
    const QString cac = QString::number(single[QStringLiteral("coronary")][QStringLiteral("agatston")].toDouble(), 'f', 2);
    for (int s = 1; s <= 3; ++s) {
      const QStringList cells = all.find(QStringLiteral("1.2.826.0.1.3680043.9.7433.77.%1").arg(s))->second;
      QCOMPARE(cells[3], QStringLiteral("ok"));
      QCOMPARE(QString::number(cells[10].toDouble(), 'f', 2), cac);
    }
    // No patient identification in the rows.
    QFile f(path(QStringLiteral("all.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("TEST^PATIENT") && !text.contains("TEST001") && !text.contains("Lung_Dx"));
  }

  // A series whose folder is named after the patient and whose slice is cut short: the error row
  // quotes the file's path. Neither the results nor the log may carry the name or the ID.
  void identifiersStayOutOfRowsAndLogs() {
    const fs::path cohort = fs::path(path(QStringLiteral("named")).toStdString());
    SyntheticSeries s;
    s.patientName = "DOE^JOHN";
    s.patientId = "MRN4417731";
    s.seriesUid = "1.2.826.0.1.3680043.9.7433.77.20";
    s.stackAlongNormal(12, 2.0);
    const auto files = SyntheticDicom::writeSeries(cohort / "DOE_JOHN-MRN4417731" / "ct", s);
    fs::resize_file(files[4], fs::file_size(files[4]) - 200);
    const QString csv = path(QStringLiteral("named.csv"));
    const CliRun r = runCli({QStringLiteral("batch"), QString::fromStdString(cohort.string()), QStringLiteral("-o"), csv});
    QCOMPARE(r.exitCode, 3);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.contains("[removed]_[removed]-[removed]") && text.contains("truncated"), text.constData());  // the error is still there
    for (const QByteArray& output : {text, r.out, r.err})
      for (const char* identifier : {"DOE", "JOHN", "MRN4417731"}) QVERIFY2(!output.toUpper().contains(identifier), output.constData());
  }

  // --pseudonymise: no UID and no path in the file; the same key gives the same keys, so a rerun
  // skips what is done and shards still join.
  void pseudonymisedRowsJoinAcrossRuns() {
    const QString key = path(QStringLiteral("pseudonyms.key"));
    QFile k(key);
    QVERIFY(k.open(QIODevice::WriteOnly) && k.write("sixteen or more secret bytes") > 16);
    k.close();
    const QString csv = path(QStringLiteral("pseudonymised.csv"));
    const QStringList option{QStringLiteral("--pseudonymise"), key};
    batch(csv, option);
    const auto first = rows(csv);
    QCOMPARE(first.size(), std::size_t(5));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(!text.contains("1.2.826.0.1.3680043.9.7433") && !text.contains(cohort_.toUtf8()) && text.contains("2.25."), text.constData());
    const CliRun again = batch(csv, option);
    QVERIFY2(again.out.contains("5 already done"), again.out.constData());
    QCOMPARE(rows(csv).size(), std::size_t(5));
  }

  void aRerunSkipsWhatIsDone() {
    QFile f(path(QStringLiteral("all.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    const CliRun r = batch(path(QStringLiteral("all.csv")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("5 already done"), r.out.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
  }

  void aTornLastRowIsRepairedAndRedone() {
    QFile f(path(QStringLiteral("all.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    // Power lost in the middle of the last row.
    bytes.chop(1);
    bytes.truncate(bytes.lastIndexOf('\n') + 1 + 30);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const CliRun r = batch(path(QStringLiteral("all.csv")));
    QVERIFY2(r.err.contains("cut off"), r.err.constData());
    QVERIFY2(r.out.contains("4 already done"), r.out.constData());
    const auto all = rows(path(QStringLiteral("all.csv")));
    QCOMPARE(all.size(), std::size_t(5));
    QCOMPARE(keys(all).size(), std::size_t(5));
  }

  void killedMidwayItLosesAndDuplicatesNothing() {
    const QString csv = path(QStringLiteral("killed.csv"));
    QProcess p;
    p.start(QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")), {QStringLiteral("batch"), cohort_, QStringLiteral("-o"), csv});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(rows(csv).size() >= 1, 120000);
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished();
    const std::size_t before = rows(csv).size();
    QVERIFY(before < 5);
    const CliRun r = batch(csv);
    QVERIFY2(r.out.contains(QStringLiteral("%1 already done").arg(before).toUtf8()), r.out.constData());
    const auto all = rows(csv);
    QCOMPARE(all.size(), std::size_t(5));
    QCOMPARE(keys(all), keys(rows(path(QStringLiteral("all.csv")))));
  }

  void shardsAreDisjointAndMergeToTheWhole() {
    std::set<QString> seen;
    std::size_t total = 0;
    QStringList outputs;
    for (int i = 1; i <= 3; ++i) {
      const QString csv = path(QStringLiteral("shard%1.csv").arg(i));
      batch(csv, {QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i)});
      const auto shard = rows(csv);
      total += shard.size();
      for (const QString& k : keys(shard)) seen.insert(k);
      outputs << csv;
    }
    QCOMPARE(total, std::size_t(5));
    QCOMPARE(seen, keys(rows(path(QStringLiteral("all.csv")))));
    const CliRun merged = runCli(QStringList{QStringLiteral("batch"), QStringLiteral("merge")} + outputs + outputs +
                                 QStringList{QStringLiteral("-o"), path(QStringLiteral("merged.csv"))});
    QCOMPARE(merged.exitCode, 0);
    const auto all = rows(path(QStringLiteral("merged.csv")));
    QCOMPARE(all.size(), std::size_t(5));  // each shard given twice, each series once
    QCOMPARE(keys(all), seen);
    QCOMPARE(batch(path(QStringLiteral("x.csv")), {QStringLiteral("--shard"), QStringLiteral("4/3")}).exitCode, 3);
  }

  void aManifestNamesTheFolders() {
    const QString manifest = path(QStringLiteral("cohort.txt"));
    std::ofstream(manifest.toStdString()) << "# two of the series\n"
                                          << (cohort_ + QStringLiteral("/real1")).toStdString() << "\n"
                                          << "cohort/real2\n";
    const CliRun r = runCli({QStringLiteral("batch"), manifest, QStringLiteral("-o"), path(QStringLiteral("manifest.csv"))}, 600000);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(keys(rows(path(QStringLiteral("manifest.csv")))),
             (std::set<QString>{QStringLiteral("1.2.826.0.1.3680043.9.7433.77.1"), QStringLiteral("1.2.826.0.1.3680043.9.7433.77.2")}));
  }
};

QTEST_GUILESS_MAIN(BatchCommandTest)
#include "BatchCommandTest.moc"
