#include "core/edit/EditJournal.h"

#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

#include <QDataStream>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <random>
#include <sys/file.h>
#include <unistd.h>

namespace heaorta {
namespace fs = std::filesystem;
namespace {

constexpr char kManifest[] = "manifest.json";
constexpr char kBaseline[] = "baseline.rle";
constexpr char kJournal[] = "journal.bin";
constexpr quint32 kBaselineMagic = 0x4842414c;  // "HBAL"
enum RecordType : uint8_t { StepRecord = 1, UndoRecord = 2, RedoRecord = 3 };

quint32 checksum(const QByteArray& bytes) {  // FNV-1a
  quint32 h = 2166136261u;
  for (const char c : bytes) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
  return h;
}

QJsonArray vec(const Eigen::Vector3d& v) { return {v[0], v[1], v[2]}; }
Eigen::Vector3d vec(const QJsonValue& v) {
  const QJsonArray a = v.toArray();
  return {a[0].toDouble(), a[1].toDouble(), a[2].toDouble()};
}

void writeArteries(QDataStream& out, const std::vector<ArteryChange>& changes) {
  out << quint32(changes.size());
  for (const ArteryChange& c : changes) out << qint32(c.voxel[0]) << qint32(c.voxel[1]) << qint32(c.voxel[2]) << quint8(c.before) << quint8(c.after);
}

std::vector<ArteryChange> readArteries(QDataStream& in) {
  quint32 n = 0;
  in >> n;
  std::vector<ArteryChange> changes;
  for (quint32 q = 0; q < n && in.status() == QDataStream::Ok; ++q) {
    qint32 i = 0, j = 0, k = 0;
    quint8 before = 0, after = 0;
    in >> i >> j >> k >> before >> after;
    changes.push_back({{i, j, k}, static_cast<Artery>(before), static_cast<Artery>(after)});
  }
  return changes;
}

QByteArray encodeStep(const EditStep& step) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out.setByteOrder(QDataStream::LittleEndian);
  out << quint8(step.action) << quint8(step.label) << step.labels.serialize();
  writeArteries(out, step.arteries);
  return bytes;
}

bool decodeStep(const QByteArray& bytes, EditStep& step) {
  QDataStream in(bytes);
  in.setByteOrder(QDataStream::LittleEndian);
  quint8 action = 0, label = 0;
  QByteArray delta;
  in >> action >> label >> delta;
  step.action = static_cast<EditAction>(action);
  step.label = label;
  bool ok = false;
  step.labels = LabelDelta::deserialize(delta, &ok);
  step.arteries = readArteries(in);
  return ok && in.status() == QDataStream::Ok;
}

void writeRuns(QDataStream& out, const uint8_t* v, std::size_t n) {
  std::vector<std::pair<quint32, quint8>> runs;
  for (std::size_t q = 0; q < n;) {
    std::size_t r = q + 1;
    while (r < n && v[r] == v[q] && r - q < 0xffffffffu) ++r;
    runs.emplace_back(static_cast<quint32>(r - q), v[q]);
    q = r;
  }
  out << quint32(runs.size());
  for (const auto& [length, value] : runs) out << length << value;
}

// False when the runs do not fill exactly `n` voxels.
bool readRuns(QDataStream& in, uint8_t* v, std::size_t n) {
  quint32 runs = 0;
  in >> runs;
  std::size_t q = 0;
  for (quint32 run = 0; run < runs && in.status() == QDataStream::Ok; ++run) {
    quint32 length = 0;
    quint8 value = 0;
    in >> length >> value;
    if (q + length > n) return false;
    std::fill(v + q, v + q + length, value);
    q += length;
  }
  return q == n && in.status() == QDataStream::Ok;
}

QByteArray encodeBaseline(const LabelMap& labels, const ArteryAssignments& arteries, const VoxelImage<uint8_t>* bone) {
  QByteArray bytes;
  QDataStream out(&bytes, QIODevice::WriteOnly);
  out.setByteOrder(QDataStream::LittleEndian);
  out << kBaselineMagic << qint32(labels.size()[0]) << qint32(labels.size()[1]) << qint32(labels.size()[2]);
  writeRuns(out, labels.data(), labels.geometry().voxelCount());
  std::vector<ArteryChange> assigned;
  for (int k = 0; k < arteries.sliceCount(); ++k)
    for (const auto& [key, artery] : arteries.slice(k))
      assigned.push_back({{static_cast<int>(key % labels.size()[0]), static_cast<int>(key / labels.size()[0]), k}, Artery::Unassigned, artery});
  writeArteries(out, assigned);
  const bool withBone = bone && bone->geometry().voxelCount() == labels.geometry().voxelCount();
  out << quint8(withBone);
  if (withBone) writeRuns(out, bone->data(), bone->geometry().voxelCount());
  return bytes;
}

[[noreturn]] void unreadable(const fs::path& folder, const QString& why) {
  throw HeaortaError(ErrorCode::InvalidInput,
                     EditJournal::tr("The autosaved edits in %1 cannot be read: %2").arg(QString::fromStdString(folder.string()), why));
}

QByteArray readAll(const fs::path& file) {
  QFile f(QString::fromStdString(file.string()));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return f.readAll();
}

}  // namespace

QJsonObject EditJournal::Manifest::toJson() const {
  QJsonObject g{{"size", QJsonArray{geometry.size[0], geometry.size[1], geometry.size[2]}},
                {"spacing", vec(geometry.spacing)},
                {"origin", vec(geometry.origin)},
                {"direction", QJsonArray{vec(geometry.direction.col(0)), vec(geometry.direction.col(1)), vec(geometry.direction.col(2))}}};
  QJsonArray cautions;
  for (const Notice& n : notices) cautions.append(QJsonObject{{"code", n.code}, {"message", n.text()}});
  return {{"source", source},
          {"series_instance_uid", seriesInstanceUid},
          {"patient", patient},
          {"origin", origin},
          {"origin_name", originName},
          {"notices", cautions},
          {"geometry", g},
          {"started", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
}

EditJournal::Manifest EditJournal::Manifest::fromJson(const QJsonObject& json) {
  Manifest m;
  m.source = json[QStringLiteral("source")].toString();
  m.seriesInstanceUid = json[QStringLiteral("series_instance_uid")].toString();
  m.patient = json[QStringLiteral("patient")].toString();
  m.origin = json[QStringLiteral("origin")].toString();
  m.originName = json[QStringLiteral("origin_name")].toString();
  for (const QJsonValue& v : json[QStringLiteral("notices")].toArray())
    m.notices.push_back({v[QStringLiteral("code")].toString(), v[QStringLiteral("message")].toString()});
  const QJsonObject g = json[QStringLiteral("geometry")].toObject();
  const QJsonArray size = g[QStringLiteral("size")].toArray();
  for (int a = 0; a < 3; ++a) m.geometry.size[a] = size[a].toInt();
  m.geometry.spacing = vec(g[QStringLiteral("spacing")]);
  m.geometry.origin = vec(g[QStringLiteral("origin")]);
  const QJsonArray d = g[QStringLiteral("direction")].toArray();
  for (int a = 0; a < 3; ++a) m.geometry.direction.col(a) = vec(d[a]);
  return m;
}

fs::path EditJournal::defaultRoot() {
  const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
  return fs::path(data.toStdString()) / "autosave";
}

EditJournal::EditJournal(const fs::path& root, const Manifest& manifest, const LabelMap& baseline, const ArteryAssignments& baselineArteries,
                         const VoxelImage<uint8_t>* bone) {
  std::error_code ec;
  fs::create_directories(root, ec);
  std::random_device random;
  const std::string name = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss")).toStdString() + "-" + std::to_string(::getpid()) +
                           "-" + std::to_string(random() % 100000);
  folder_ = root / name;
  if (!fs::create_directory(folder_, ec)) throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(folder_, ec ? ec.value() : EEXIST));
  try {
    AtomicFile::write(folder_ / kBaseline, encodeBaseline(baseline, baselineArteries, bone));
    AtomicFile::write(folder_ / kManifest, QJsonDocument(manifest.toJson()).toJson());
  } catch (const HeaortaError&) {
    fs::remove_all(folder_, ec);
    throw;
  }
  fd_ = ::open((folder_ / kJournal).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    const int error = errno;
    fs::remove_all(folder_, ec);
    throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(folder_ / kJournal, error));
  }
  ::flock(fd_, LOCK_EX | LOCK_NB);  // tells other instances this journal is alive
}

EditJournal::EditJournal(const Recovered& recovered) : folder_(recovered.folder) {
  fd_ = ::open((folder_ / kJournal).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd_ < 0) throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(folder_ / kJournal, errno));
  ::flock(fd_, LOCK_EX | LOCK_NB);
}

EditJournal::~EditJournal() {
  if (fd_ >= 0) ::close(fd_);
}

void EditJournal::append(uint8_t type, const QByteArray& payload) {
  QByteArray record;
  QDataStream out(&record, QIODevice::WriteOnly);
  out.setByteOrder(QDataStream::LittleEndian);
  QByteArray body;
  body.append(static_cast<char>(type));
  body.append(payload);
  out << quint32(body.size()) << checksum(body);
  record.append(body);
  const char* p = record.constData();
  qsizetype left = record.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(left));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(folder_ / kJournal, n < 0 ? errno : ENOSPC));
    p += n;
    left -= n;
  }
  if (::fsync(fd_) != 0) throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(folder_ / kJournal, errno));
}

void EditJournal::appendStep(const EditStep& step) { append(StepRecord, encodeStep(step)); }
void EditJournal::appendUndo() { append(UndoRecord, {}); }
void EditJournal::appendRedo() { append(RedoRecord, {}); }

void EditJournal::discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  std::error_code ec;
  fs::remove_all(folder_, ec);
}

std::vector<fs::path> EditJournal::pending(const fs::path& root) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(root, ec)) {
    if (!fs::exists(e.path() / kManifest, ec) || !fs::exists(e.path() / kBaseline, ec)) continue;
    // A journal another running instance holds is not pending.
    const int fd = ::open((e.path() / kJournal).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
      ::close(fd);
      if (!free) continue;
    }
    found.push_back(e.path());
  }
  std::sort(found.rbegin(), found.rend());
  return found;
}

EditJournal::Recovered EditJournal::read(const fs::path& folder) {
  Recovered r;
  r.folder = folder;
  QJsonParseError error;
  const QJsonDocument manifest = QJsonDocument::fromJson(readAll(folder / kManifest), &error);
  if (!manifest.isObject()) unreadable(folder, tr("the manifest is damaged"));
  r.manifest = Manifest::fromJson(manifest.object());
  const ImageGeometry& g = r.manifest.geometry;
  if (g.size[0] <= 0 || g.size[1] <= 0 || g.size[2] <= 0) unreadable(folder, tr("the manifest is damaged"));

  const QByteArray baseline = readAll(folder / kBaseline);
  QDataStream in(baseline);
  in.setByteOrder(QDataStream::LittleEndian);
  quint32 magic = 0;
  qint32 nx = 0, ny = 0, nz = 0;
  in >> magic >> nx >> ny >> nz;
  if (magic != kBaselineMagic || nx != g.size[0] || ny != g.size[1] || nz != g.size[2]) unreadable(folder, tr("the baseline masks are damaged"));
  r.baseline = LabelMap(g);
  if (!readRuns(in, r.baseline.data(), g.voxelCount())) unreadable(folder, tr("the baseline masks are damaged"));
  r.baselineArteries = ArteryAssignments(g);
  for (const ArteryChange& c : readArteries(in))
    if (g.contains(c.voxel[0], c.voxel[1], c.voxel[2])) r.baselineArteries.assign(c.voxel[0], c.voxel[1], c.voxel[2], c.after);
  quint8 withBone = 0;
  in >> withBone;
  if (withBone) {
    r.bone = VoxelImage<uint8_t>(g, 0);
    if (!readRuns(in, r.bone->data(), g.voxelCount())) unreadable(folder, tr("the baseline masks are damaged"));
  }

  // Records until the first torn or damaged one (what the crash interrupted).
  const QByteArray journal = readAll(folder / kJournal);
  qsizetype at = 0;
  while (at + 8 <= journal.size()) {
    QDataStream header(journal.mid(at, 8));
    header.setByteOrder(QDataStream::LittleEndian);
    quint32 length = 0, sum = 0;
    header >> length >> sum;
    if (length == 0 || at + 8 + static_cast<qsizetype>(length) > journal.size()) break;
    const QByteArray body = journal.mid(at + 8, length);
    if (checksum(body) != sum) break;
    at += 8 + length;
    const uint8_t type = static_cast<uint8_t>(body[0]);
    if (type == StepRecord) {
      EditStep step;
      if (!decodeStep(body.mid(1), step)) break;
      r.steps.resize(r.position);
      r.steps.push_back(std::move(step));
      ++r.position;
    } else if (type == UndoRecord && r.position > 0) {
      --r.position;
    } else if (type == RedoRecord && r.position < r.steps.size()) {
      ++r.position;
    }
  }
  return r;
}

void EditJournal::replay(const Recovered& recovered, LabelMap& labels, ArteryAssignments& arteries) {
  labels = recovered.baseline;
  arteries = recovered.baselineArteries;
  for (std::size_t s = 0; s < recovered.position; ++s) recovered.steps[s].reapply(labels, arteries);
}

}  // namespace heaorta
