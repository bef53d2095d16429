#include "tests/support/OrthancServer.h"

#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace heaorta::test {

namespace {
const QString kOrthanc = QStringLiteral("/usr/sbin/Orthanc");
}

int freeLoopbackPort() {
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

bool OrthancServer::installed() { return QFile::exists(kOrthanc); }

QString OrthancServer::start(const QJsonObject& extra) {
  dicomPort_ = freeLoopbackPort();
  httpPort_ = freeLoopbackPort();
  movePort_ = freeLoopbackPort();
  QJsonObject config{{"Name", "heaorta-test"},
                     {"StorageDirectory", storage_.filePath("db")},
                     {"IndexDirectory", storage_.filePath("db")},
                     {"HttpPort", httpPort_},
                     {"DicomPort", dicomPort_},
                     {"DicomAet", "ORTHANC"},
                     {"RemoteAccessAllowed", false},
                     {"AuthenticationEnabled", false},
                     {"DicomCheckCalledAet", true},
                     {"DicomModalities", QJsonObject{{"heaorta", QJsonArray{"HEAORTA", "127.0.0.1", movePort_}}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) config[it.key()] = it.value();
  QFile file(storage_.filePath("orthanc.json"));
  if (!file.open(QIODevice::WriteOnly)) return QStringLiteral("cannot write Orthanc's configuration");
  file.write(QJsonDocument(config).toJson());
  file.close();
  process_.setProcessChannelMode(QProcess::MergedChannels);
  process_.start(kOrthanc, {file.fileName()});
  if (!process_.waitForStarted()) return QStringLiteral("Orthanc did not start: ") + process_.errorString();
  for (int i = 0; i < 100; ++i) {
    QThread::msleep(100);
    if (!get(QStringLiteral("/system")).isEmpty()) return {};
  }
  return QStringLiteral("Orthanc did not answer on its REST port: ") + QString::fromLocal8Bit(process_.readAll().right(2000));
}

OrthancServer::~OrthancServer() {
  if (process_.state() == QProcess::NotRunning) return;
  process_.terminate();
  if (!process_.waitForFinished(10000)) process_.kill();
}

QString OrthancServer::node() const { return QStringLiteral("ORTHANC@127.0.0.1:%1").arg(dicomPort_); }

int OrthancServer::upload(const std::filesystem::path& folder) const {
  int n = 0;
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    if (!e.is_regular_file()) continue;
    const int rc = runTool(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("POST"),
                                                    QStringLiteral("http://127.0.0.1:%1/instances").arg(httpPort_), QStringLiteral("--data-binary"),
                                                    QStringLiteral("@") + QString::fromStdString(e.path().string())});
    if (rc != 0) return -1;
    ++n;
  }
  return n;
}

QByteArray OrthancServer::get(const QString& path) const {
  QString out;
  if (runTool(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("http://127.0.0.1:%1%2").arg(httpPort_).arg(path)}, &out) != 0)
    return {};
  return out.toUtf8();
}

int OrthancServer::instanceCount() const {
  const QByteArray stats = get(QStringLiteral("/statistics"));
  return stats.isEmpty() ? -1 : QJsonDocument::fromJson(stats).object()[QStringLiteral("CountInstances")].toInt(-1);
}

QStringList OrthancServer::studySeriesModalities() const {
  const QJsonArray studies = QJsonDocument::fromJson(get(QStringLiteral("/studies"))).array();
  if (studies.size() != 1) return {};
  QStringList found;
  const QByteArray series = get(QStringLiteral("/studies/") + studies[0].toString() + QStringLiteral("/series?expand"));
  for (const QJsonValue& s : QJsonDocument::fromJson(series).array()) found << s.toObject()["MainDicomTags"].toObject()["Modality"].toString();
  found.sort();
  return found;
}

}  // namespace heaorta::test
