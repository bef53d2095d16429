#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <filesystem>

namespace heaorta::test {

// Debian's Orthanc on loopback for the PACS tests: free ports, its own temporary storage, AE title
// ORTHANC (called AE checked), our AE HEAORTA registered for C-MOVE on movePort(). Loaded through
// its REST API (curl).
class OrthancServer {
 public:
  static bool installed();
  // Empty when it answers, otherwise why not. `extra` adds to or overrides the configuration
  // (e.g. DICOM TLS settings).
  QString start(const QJsonObject& extra = {});
  qint64 pid() const { return process_.processId(); }
  ~OrthancServer();

  QString node() const;  // ORTHANC@127.0.0.1:<dicom port>
  int dicomPort() const { return dicomPort_; }
  int movePort() const { return movePort_; }
  // Uploads every file of a folder; returns how many it took (-1 on a failure).
  int upload(const std::filesystem::path& folder) const;
  int instanceCount() const;  // from /statistics, -1 when it does not answer
  // The modality of each series of the one study it holds, sorted (empty unless exactly one study).
  QStringList studySeriesModalities() const;
  // GET of a REST path (e.g. "/instances"); empty when it fails.
  QByteArray get(const QString& path) const;

 private:
  QTemporaryDir storage_;
  QProcess process_;
  int dicomPort_ = 0, httpPort_ = 0, movePort_ = 0;
};

int freeLoopbackPort();

}  // namespace heaorta::test
