#include "core/pacs/PacsWire.h"

#include <QDataStream>
#include <QIODevice>

namespace heaorta::PacsWire {
namespace {

QDataStream& operator<<(QDataStream& out, const PacsMatch& m) {
  return out << m.patientName << m.patientId << m.patientBirthDate << m.studyDate << m.studyTime << m.accessionNumber << m.studyDescription
             << m.modalities << m.studyInstanceUid << qint32(m.seriesCount) << m.seriesInstanceUid << m.seriesNumber << m.seriesDescription
             << qint32(m.instanceCount);
}

QDataStream& operator>>(QDataStream& in, PacsMatch& m) {
  qint32 seriesCount = -1, instanceCount = -1;
  in >> m.patientName >> m.patientId >> m.patientBirthDate >> m.studyDate >> m.studyTime >> m.accessionNumber >> m.studyDescription >> m.modalities >>
      m.studyInstanceUid >> seriesCount >> m.seriesInstanceUid >> m.seriesNumber >> m.seriesDescription >> instanceCount;
  m.seriesCount = seriesCount;
  m.instanceCount = instanceCount;
  return in;
}

template <typename Write>
QByteArray written(Write&& write) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  write(out);
  return bytes;
}

}  // namespace

QByteArray fromEcho(double milliseconds) {
  return written([&](QDataStream& out) { out << milliseconds; });
}

double toEcho(const QByteArray& bytes) {
  QDataStream in(bytes);
  double milliseconds = 0;
  in >> milliseconds;
  return milliseconds;
}

QByteArray fromMatches(const PacsMatches& matches) {
  return written([&](QDataStream& out) {
    out << quint64(matches.size());
    for (const PacsMatch& m : matches) out << m;
  });
}

PacsMatches toMatches(const QByteArray& bytes) {
  QDataStream in(bytes);
  quint64 count = 0;
  in >> count;
  PacsMatches matches;
  for (quint64 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
    PacsMatch m;
    in >> m;
    matches.push_back(std::move(m));
  }
  return matches;
}

QByteArray fromRetrieve(const PacsRetrieveResult& result) {
  return written([&](QDataStream& out) { out << QString::fromStdString(result.studyFolder.string()) << quint64(result.instanceCount); });
}

PacsRetrieveResult toRetrieve(const QByteArray& bytes) {
  QDataStream in(bytes);
  QString folder;
  quint64 count = 0;
  in >> folder >> count;
  return {folder.toStdString(), static_cast<std::size_t>(count)};
}

QByteArray fromStore(const PacsStoreResult& result) {
  return written([&](QDataStream& out) { out << quint64(result.stored) << QList<QString>(result.failures.begin(), result.failures.end()); });
}

PacsStoreResult toStore(const QByteArray& bytes) {
  QDataStream in(bytes);
  quint64 stored = 0;
  QList<QString> failures;
  in >> stored >> failures;
  return {static_cast<std::size_t>(stored), std::vector<QString>(failures.begin(), failures.end())};
}

}  // namespace heaorta::PacsWire
