#include "core/batch/BatchResultsFile.h"

#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <map>
#include <unistd.h>

namespace heaorta {
namespace {

QString name(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

QByteArray readAll(const std::filesystem::path& file) {
  QFile f(name(file));
  if (!f.open(QIODevice::ReadOnly)) throw HeaortaError(ErrorCode::NotFound, BatchResultsFile::tr("%1: cannot be read").arg(name(file)));
  return f.readAll();
}

}  // namespace

QString BatchResultsFile::keyOf(const QString& row) {
  if (row.startsWith(QLatin1Char('"'))) {
    QString key;
    for (int i = 1; i < row.size(); ++i) {
      if (row[i] == QLatin1Char('"')) {
        if (i + 1 < row.size() && row[i + 1] == QLatin1Char('"')) {
          key += QLatin1Char('"');
          ++i;
          continue;
        }
        break;
      }
      key += row[i];
    }
    return key;
  }
  return row.section(QLatin1Char(','), 0, 0);
}

BatchResultsFile::BatchResultsFile(const std::filesystem::path& file, const QString& header) : file_(file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    AtomicFile::write(file, (header + QLatin1Char('\n')).toUtf8());
  } else {
    QByteArray bytes = readAll(file);
    if (!bytes.isEmpty() && !bytes.endsWith('\n')) {
      // Power was lost in the middle of a row: cut it off; its series runs again.
      bytes.truncate(bytes.lastIndexOf('\n') + 1);
      if (::truncate(file.c_str(), bytes.size()) != 0) throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(file, errno));
      repaired_ = true;
    }
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty() || QString::fromUtf8(lines.front()) != header)
      throw HeaortaError(ErrorCode::InvalidInput, tr("%1 holds other columns than this version writes: choose another output file").arg(name(file)));
    for (int i = 1; i < lines.size(); ++i)
      if (!lines[i].isEmpty()) done_.insert(keyOf(QString::fromUtf8(lines[i])));
  }
  fd_ = ::open(file.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd_ < 0) throw HeaortaError(errno == EACCES ? ErrorCode::PermissionDenied : ErrorCode::WriteFailed, AtomicFile::failure(file, errno));
}

BatchResultsFile::~BatchResultsFile() {
  if (fd_ >= 0) ::close(fd_);
}

void BatchResultsFile::append(const QString& key, const QString& row) {
  const QByteArray line = (row + QLatin1Char('\n')).toUtf8();
  // One write: another process appending to the same file (or a kill) cannot interleave a row.
  const ssize_t written = ::write(fd_, line.constData(), line.size());
  if (written != line.size() || ::fsync(fd_) != 0) {
    const int error = written < 0 ? errno : ENOSPC;
    if (written > 0) (void)::ftruncate(fd_, ::lseek(fd_, 0, SEEK_END) - written);  // no half row left behind
    throw HeaortaError(ErrorCode::WriteFailed, AtomicFile::failure(file_, error));
  }
  done_.insert(key);
}

int BatchResultsFile::merge(const std::vector<std::filesystem::path>& inputs, const std::filesystem::path& output) {
  QByteArray header;
  std::map<QString, QByteArray> rows;
  for (const auto& input : inputs) {
    const QList<QByteArray> lines = readAll(input).split('\n');
    if (lines.isEmpty() || lines.front().isEmpty()) continue;
    if (header.isEmpty()) header = lines.front();
    if (lines.front() != header) throw HeaortaError(ErrorCode::InvalidInput, tr("%1: its columns differ from the other files").arg(name(input)));
    // The last line is complete only if the file ends with a newline.
    for (int i = 1; i + 1 < lines.size(); ++i)
      if (!lines[i].isEmpty()) rows.emplace(keyOf(QString::fromUtf8(lines[i])), lines[i]);
  }
  if (header.isEmpty()) throw HeaortaError(ErrorCode::NotFound, tr("No results to merge."));
  QByteArray out = header + '\n';
  for (const auto& [key, row] : rows) out += row + '\n';
  AtomicFile::write(output, out);
  return static_cast<int>(rows.size());
}

}  // namespace heaorta
