// `heaorta pacs` against a real PACS: Debian's Orthanc on loopback, loaded through its REST API.
#include "tests/support/OrthancServer.h"
#include "tests/support/SyntheticDicom.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace heaorta::test;

namespace {

int countFiles(const std::filesystem::path& folder) {
  int n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder, ec)) n += e.is_regular_file() ? 1 : 0;
  return n;
}

// The processes `parent` started, from any of its threads.
std::vector<pid_t> childrenOf(pid_t parent) {
  std::vector<pid_t> children;
  for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(parent) + "/task")) {
    std::ifstream list(task.path() / "children");
    for (pid_t child = 0; list >> child;) children.push_back(child);
  }
  return children;
}

QStringList entries(const QString& folder) { return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot); }

// SOP Instance UID -> the pixel data bytes, as stored (every file of a folder tree).
std::map<std::string, QByteArray> pixelDataByInstance(const std::filesystem::path& folder) {
  std::map<std::string, QByteArray> pixels;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder)) {
    if (!e.is_regular_file()) continue;
    DcmFileFormat file;
    if (file.loadFile(e.path().c_str()).bad()) continue;
    DcmDataset* data = file.getDataset();
    OFString uid;
    const Uint8* bytes = nullptr;
    unsigned long length = 0;
    if (data->findAndGetOFString(DCM_SOPInstanceUID, uid).bad() || data->findAndGetUint8Array(DCM_PixelData, bytes, &length).bad()) continue;
    pixels[uid.c_str()] = QByteArray(reinterpret_cast<const char*>(bytes), static_cast<int>(length));
  }
  return pixels;
}

// A TCP port that accepts connections (the kernel's backlog) and never answers.
class SilentPeer {
 public:
  SilentPeer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address));
    ::listen(fd_, 8);
    socklen_t length = sizeof(address);
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
  }
  ~SilentPeer() { ::close(fd_); }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

}  // namespace

class PacsCommandTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  OrthancServer orthanc_;
  QString studyUid_;
  int imageCount_ = 0;

  QStringList pacs(const QString& action) const { return {QStringLiteral("pacs"), action, QStringLiteral("--node"), orthanc_.node()}; }

 private Q_SLOTS:
  void initTestCase() {
    if (!OrthancServer::installed()) QSKIP("Orthanc is not installed (packaging/install-deps.sh installs it)");
    const QString problem = orthanc_.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The shared series (the demo's elements are VR UN, which Orthanc cannot index).
    imageCount_ = orthanc_.upload(sharedData("chest-ct-noncontrast"));
    QVERIFY(imageCount_ > 0);
  }

  void echoAnswers() {
    const CliRun r = runCli(pacs(QStringLiteral("echo")));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("answered C-ECHO"));
  }

  void findListsTheStudyAndItsSeries() {
    CliRun r = runCli(pacs(QStringLiteral("find")) << QStringLiteral("--modality") << QStringLiteral("CT") << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray studies = QJsonDocument::fromJson(r.out).object()["matches"].toArray();
    QCOMPARE(studies.size(), 1);
    studyUid_ = studies[0].toObject()["study_instance_uid"].toString();
    QVERIFY(!studyUid_.isEmpty());
    QCOMPARE(studies[0].toObject()["instance_count"].toInt(), imageCount_);
    r = runCli(pacs(QStringLiteral("find")) << QStringLiteral("--level") << QStringLiteral("series") << QStringLiteral("--study") << studyUid_
                                            << QStringLiteral("--json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray series = QJsonDocument::fromJson(r.out).object()["matches"].toArray();
    QCOMPARE(series.size(), 1);
    QCOMPARE(series[0].toObject()["modalities"].toString(), QStringLiteral("CT"));
    QVERIFY(!series[0].toObject()["series_instance_uid"].toString().isEmpty());
  }

  void getAndMoveBringEveryImageWithItsPixels() {
    const std::map<std::string, QByteArray> source = pixelDataByInstance(sharedData("chest-ct-noncontrast"));
    QCOMPARE(int(source.size()), imageCount_);
    for (const QString& action : {QStringLiteral("get"), QStringLiteral("move")}) {
      const QString out = tmp_.filePath(action);
      const CliRun r = runCli(pacs(action) << QStringLiteral("--study") << studyUid_ << QStringLiteral("-o") << out << QStringLiteral("--local-port")
                                           << QString::number(orthanc_.movePort()));
      QVERIFY2(r.exitCode == 0, r.err.constData());
      const std::filesystem::path study = (out + QLatin1Char('/') + studyUid_).toStdString();
      QCOMPARE(countFiles(study), imageCount_);
      QCOMPARE(entries(out).size(), 1);  // nothing partial left beside it
      // Every image, byte for byte the pixel data that was uploaded.
      QVERIFY2(pixelDataByInstance(study) == source, qPrintable(action));
      QCOMPARE(runCli({QStringLiteral("info"), QString::fromStdString(study.string()), QStringLiteral("--json")}).exitCode, 0);
    }
  }

  void storeSendsASegAndAnSrBack() {
    const QString study = tmp_.filePath("get/") + studyUid_;
    const QString labels = tmp_.filePath("labels.nii.gz"), seg = tmp_.filePath("masks-seg.dcm"), sr = tmp_.filePath("result-sr.dcm");
    CliRun r = runCli({QStringLiteral("segment"), study, QStringLiteral("-o"), labels});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 10, r.err.constData());
    r = runCli({QStringLiteral("export"), study, QStringLiteral("--labels"), labels, QStringLiteral("--format"), QStringLiteral("seg"),
                QStringLiteral("-o"), seg});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("export"), study, QStringLiteral("--format"), QStringLiteral("sr"), QStringLiteral("-o"), sr});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 10, r.err.constData());
    r = runCli(pacs(QStringLiteral("store")) << seg << sr);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(orthanc_.instanceCount(), imageCount_ + 2);
    // Orthanc holds the SEG as a SEG, in the CT's study.
    QCOMPARE(orthanc_.studySeriesModalities(), (QStringList{QStringLiteral("CT"), QStringLiteral("SEG"), QStringLiteral("SR")}));
  }

  void failuresHaveTheirOwnExitCodes() {
    CliRun r = runCli(
        {QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("WRONG@127.0.0.1:%1").arg(orthanc_.dicomPort())});
    QCOMPARE(r.exitCode, 13);
    QVERIFY(r.err.contains("refused the association"));
    r = runCli(
        {QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("ORTHANC@127.0.0.1:%1").arg(freeLoopbackPort())});
    QCOMPARE(r.exitCode, 11);
    QVERIFY(r.err.contains("Cannot reach"));
    const QString out = tmp_.filePath("unknown");
    r = runCli(pacs(QStringLiteral("get")) << QStringLiteral("--study") << QStringLiteral("1.2.3.4") << QStringLiteral("-o") << out);
    QCOMPARE(r.exitCode, 14);
    QCOMPARE(entries(out).size(), 0);
  }

  void aPeerThatNeverAnswersTimesOut() {
    SilentPeer silent;
    QElapsedTimer clock;
    clock.start();
    const CliRun r = runCli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"),
                             QStringLiteral("ORTHANC@127.0.0.1:%1").arg(silent.port()), QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 12);
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(!r.err.isEmpty(), r.out.constData());
  }

  // Orthanc stops (SIGSTOP) once the first image has arrived: the retrieve ends with a time-out,
  // and nothing that looks like a complete study is left.
  void aTransferThatStallsLeavesNoStudy() { cutTransfer(SIGSTOP, 12); }

  // What DCMTK aborting on something the PACS sent would do: the child that holds the association
  // gets SIGABRT while Orthanc is held still after the first image. The command survives to say
  // so (exit 15), and nothing of the study is kept.
  void aNetworkLayerThatAbortsLeavesNoStudy() {
    const QString out = tmp_.filePath(QStringLiteral("aborted"));
    QProcess cli;
    const bool held = signalOrthancAtFirstImage(cli, out, 30, SIGSTOP);
    const std::vector<pid_t> children = childrenOf(static_cast<pid_t>(cli.processId()));
    for (const pid_t child : children) ::kill(child, SIGABRT);
    const bool finished = cli.waitForFinished(60000);
    if (held) ::kill(static_cast<pid_t>(orthanc_.pid()), SIGCONT);
    QVERIFY(finished);
    if (!held) QSKIP("the whole study arrived before Orthanc could be held");
    QCOMPARE(children.size(), std::size_t(1));
    const QByteArray said = cli.readAllStandardError().trimmed();
    qInfo("the network child aborted: exit %d, %s", cli.exitCode(), said.constData());
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cli.exitCode() == 15, said.constData());
    QVERIFY2(said.contains("The DICOM network layer stopped") && said.contains("signal 6") && said.contains("partial study was removed"),
             said.constData());
    QCOMPARE(entries(out).size(), 0);
  }

  void tlsWithCertificatesBothWays() {
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) QSKIP("openssl is not installed");
    QTemporaryDir pki;
    const auto file = [&pki](const char* name) { return pki.filePath(QString::fromLatin1(name)); };
    const auto openssl = [](const QStringList& args) { return runTool(QStringLiteral("openssl"), args); };
    QFile ext(file("ext.cnf"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QCOMPARE(openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=heaorta-test-ca", "-keyout", file("ca.key"),
                      "-out", file("ca.pem")}),
             0);
    for (const char* who : {"server", "client"}) {
      const QString w = QString::fromLatin1(who);
      QCOMPARE(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + w, "-keyout", pki.filePath(w + ".key"), "-out",
                        pki.filePath(w + ".csr")}),
               0);
      QCOMPARE(openssl({"x509", "-req", "-in", pki.filePath(w + ".csr"), "-CA", file("ca.pem"), "-CAkey", file("ca.key"), "-CAcreateserial", "-days",
                        "2", "-extfile", file("ext.cnf"), "-out", pki.filePath(w + ".pem")}),
               0);
    }
    OrthancServer secure;
    const QString problem = secure.start(QJsonObject{{"DicomTlsEnabled", true},
                                                     {"DicomTlsCertificate", file("server.pem")},
                                                     {"DicomTlsPrivateKey", file("server.key")},
                                                     {"DicomTlsTrustedCertificates", file("ca.pem")},
                                                     {"DicomTlsRemoteCertificateRequired", true}});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList tls{QStringLiteral("--tls"), QStringLiteral("--tls-ca"), file("ca.pem")};
    const QStringList client{QStringLiteral("--tls-cert"), file("client.pem"), QStringLiteral("--tls-key"), file("client.key")};
    const QStringList echo{QStringLiteral("pacs"), QStringLiteral("echo"),      QStringLiteral("--node"),
                           secure.node(),          QStringLiteral("--timeout"), QStringLiteral("5")};
    CliRun r = runCli(QStringList(echo) << tls << client);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("TLS"));
    // Store and find over TLS too.
    const QString sr = tmp_.filePath("result-sr.dcm");
    r = runCli(QStringList{QStringLiteral("pacs"), QStringLiteral("store"), QStringLiteral("--node"), secure.node()} << tls << client << sr);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(secure.instanceCount(), 1);
    // Without our certificate the PACS refuses, and a CA that did not sign the PACS's certificate
    // is not trusted: both exit 16 (TLS). Plain DICOM to the TLS port never succeeds.
    r = runCli(QStringList(echo) << tls);
    qInfo("TLS without our certificate: exit %d, %s", r.exitCode, r.err.trimmed().constData());
    QVERIFY2(r.exitCode == 16, r.err.constData());
    r = runCli(QStringList(echo) << QStringLiteral("--tls") << QStringLiteral("--tls-ca") << file("client.pem") << client);
    QVERIFY2(r.exitCode == 16, r.err.constData());
    r = runCli(echo);
    QVERIFY2(r.exitCode != 0, r.out.constData());
  }

  // Last: Orthanc dies (SIGKILL) once the first image has arrived: the connection breaks, exit 15.
  void aPacsThatDiesMidwayLeavesNoStudy() { cutTransfer(SIGKILL, 15); }

 private:
  // Starts `pacs get` of the study into `out` and sends Orthanc `signal` once the first image is on
  // disk. Returns whether it was sent before the command ended.
  bool signalOrthancAtFirstImage(QProcess& cli, const QString& out, int timeoutSeconds, int signal) {
    cli.setProgram(QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")));
    cli.setArguments(pacs(QStringLiteral("get")) << QStringLiteral("--study") << studyUid_ << QStringLiteral("-o") << out
                                                 << QStringLiteral("--timeout") << QString::number(timeoutSeconds));
    cli.start();
    if (!cli.waitForStarted()) return false;
    for (int i = 0; i < 4000 && cli.state() != QProcess::NotRunning; ++i) {
      if (countFiles(out.toStdString()) >= 1) return ::kill(static_cast<pid_t>(orthanc_.pid()), signal) == 0;
      QThread::usleep(500);
    }
    return false;
  }

  void cutTransfer(int signal, int expectedExit) {
    const QString out = tmp_.filePath(QStringLiteral("cut-%1").arg(signal));
    QProcess cli;
    const bool cut = signalOrthancAtFirstImage(cli, out, 2, signal);
    const bool finished = cli.waitForFinished(60000);
    if (cut && signal == SIGSTOP) ::kill(static_cast<pid_t>(orthanc_.pid()), SIGCONT);
    QVERIFY(finished);
    if (!cut) QSKIP("the whole study arrived before Orthanc could be stopped");
    const QByteArray said = cli.readAllStandardError().trimmed();
    qInfo("signal %d mid-transfer: exit %d, %s", signal, cli.exitCode(), said.constData());
    QVERIFY2(cli.exitCode() == expectedExit, said.constData());
    QVERIFY(said.contains("partial study was removed"));
    QVERIFY(!QFileInfo::exists(out + QLatin1Char('/') + studyUid_));
    QCOMPARE(entries(out).size(), 0);
  }
};

QTEST_GUILESS_MAIN(PacsCommandTest)
#include "PacsCommandTest.moc"
