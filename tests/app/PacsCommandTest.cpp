// `heaorta pacs` against a real PACS: Debian's Orthanc on loopback, loaded through its REST API.
#include "tests/support/SyntheticDicom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <filesystem>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace heaorta::test;

namespace {

int freePort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
  socklen_t length = sizeof(address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

int countFiles(const std::filesystem::path& folder) {
  int n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder, ec)) n += e.is_regular_file() ? 1 : 0;
  return n;
}

}  // namespace

class PacsCommandTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QProcess orthanc_;
  int dicomPort_ = 0, httpPort_ = 0, movePort_ = 0;
  QString studyUid_;
  int imageCount_ = 0;

  QString node() const { return QStringLiteral("ORTHANC@127.0.0.1:%1").arg(dicomPort_); }

 private Q_SLOTS:
  void initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("Orthanc"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty())
      QSKIP("Orthanc is not installed (packaging/install-deps.sh installs it)");
    dicomPort_ = freePort();
    httpPort_ = freePort();
    movePort_ = freePort();
    const QJsonObject config{{"Name", "heaorta-test"},
                             {"StorageDirectory", tmp_.filePath("db")},
                             {"IndexDirectory", tmp_.filePath("db")},
                             {"HttpPort", httpPort_},
                             {"DicomPort", dicomPort_},
                             {"DicomAet", "ORTHANC"},
                             {"RemoteAccessAllowed", false},
                             {"AuthenticationEnabled", false},
                             {"DicomCheckCalledAet", true},
                             {"DicomModalities", QJsonObject{{"heaorta", QJsonArray{"HEAORTA", "127.0.0.1", movePort_}}}}};
    QFile file(tmp_.filePath("orthanc.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    orthanc_.setProcessChannelMode(QProcess::MergedChannels);
    orthanc_.start(QStringLiteral("/usr/sbin/Orthanc"), {file.fileName()});
    QVERIFY(orthanc_.waitForStarted());
    const QString rest = QStringLiteral("http://127.0.0.1:%1").arg(httpPort_);
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
      QThread::msleep(100);
      up = runTool(QStringLiteral("curl"), {QStringLiteral("-sf"), rest + QStringLiteral("/system")}) == 0;
    }
    QVERIFY2(up, "Orthanc did not start");
    // The shared series (the demo's elements are VR UN, which Orthanc cannot index).
    const std::filesystem::path series = sharedData("chest-ct-noncontrast");
    for (const auto& e : std::filesystem::directory_iterator(series)) {
      if (!e.is_regular_file()) continue;
      QCOMPARE(runTool(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"), rest + QStringLiteral("/instances"),
                                                  QStringLiteral("--data-binary"), QStringLiteral("@") + QString::fromStdString(e.path().string())}),
               0);
      ++imageCount_;
    }
  }

  void cleanupTestCase() {
    orthanc_.terminate();
    orthanc_.waitForFinished(10000);
  }

  void echoAnswers() {
    const CliRun r = runCli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), node()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("answered C-ECHO"));
  }

  void findListsTheStudyAndItsSeries() {
    CliRun r = runCli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), node(), QStringLiteral("--modality"), QStringLiteral("CT"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray studies = QJsonDocument::fromJson(r.out).object()["matches"].toArray();
    QCOMPARE(studies.size(), 1);
    studyUid_ = studies[0].toObject()["study_instance_uid"].toString();
    QVERIFY(!studyUid_.isEmpty());
    QCOMPARE(studies[0].toObject()["instance_count"].toInt(), imageCount_);
    r = runCli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), node(), QStringLiteral("--level"), QStringLiteral("series"),
                QStringLiteral("--study"), studyUid_, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray series = QJsonDocument::fromJson(r.out).object()["matches"].toArray();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].toObject()["modalities"].toString(), QStringLiteral("CT"));
    QVERIFY(!series[0].toObject()["series_instance_uid"].toString().isEmpty());
  }

  void getAndMoveBringEveryImage() {
    for (const QString& action : {QStringLiteral("get"), QStringLiteral("move")}) {
      const QString out = tmp_.filePath(action);
      const CliRun r = runCli({QStringLiteral("pacs"), action, QStringLiteral("--node"), node(), QStringLiteral("--study"), studyUid_, QStringLiteral("-o"), out,
                               QStringLiteral("--local-port"), QString::number(movePort_)});
      QVERIFY2(r.exitCode == 0, r.err.constData());
      QCOMPARE(countFiles((out + QLatin1Char('/') + studyUid_).toStdString()), imageCount_);
      // Nothing partial left beside it.
      QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
      const CliRun info = runCli({QStringLiteral("info"), out + QLatin1Char('/') + studyUid_, QStringLiteral("--json")});
      QCOMPARE(info.exitCode, 0);
    }
  }

  void storeSendsAnObjectBack() {
    const QString sr = tmp_.filePath("result-sr.dcm");
    CliRun r = runCli({QStringLiteral("export"), tmp_.filePath("get/") + studyUid_, QStringLiteral("--format"), QStringLiteral("sr"), QStringLiteral("-o"), sr});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 10, r.err.constData());
    r = runCli({QStringLiteral("pacs"), QStringLiteral("store"), QStringLiteral("--node"), node(), sr});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString stats;
    QCOMPARE(runTool(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("http://127.0.0.1:%1/statistics").arg(httpPort_)}, &stats), 0);
    QCOMPARE(QJsonDocument::fromJson(stats.toUtf8()).object()["CountInstances"].toInt(), imageCount_ + 1);
  }

  void failuresHaveTheirOwnExitCodes() {
    CliRun r = runCli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("WRONG@127.0.0.1:%1").arg(dicomPort_)});
    QCOMPARE(r.exitCode, 13);
    QVERIFY(r.err.contains("refused the association"));
    r = runCli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("ORTHANC@127.0.0.1:%1").arg(freePort())});
    QCOMPARE(r.exitCode, 11);
    QVERIFY(r.err.contains("Cannot reach"));
    const QString out = tmp_.filePath("unknown");
    r = runCli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), node(), QStringLiteral("--study"), QStringLiteral("1.2.3.4"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 14);
    QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
  }
};

QTEST_GUILESS_MAIN(PacsCommandTest)
#include "PacsCommandTest.moc"
