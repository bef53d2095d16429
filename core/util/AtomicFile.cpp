#include "core/util/AtomicFile.h"

#include "core/util/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace heaorta {

QString AtomicFile::failure(const std::filesystem::path& file, int error) {
  return tr("%1: cannot be written (%2)").arg(QString::fromStdString(file.string()), QString::fromLocal8Bit(std::strerror(error)));
}

void AtomicFile::write(const std::filesystem::path& file, const QByteArray& bytes) {
  const std::filesystem::path temporary = file.parent_path() / (".partial-" + file.filename().string());
  const auto fail = [&](int error) {
    ::unlink(temporary.c_str());
    throw HeaortaError(error == EACCES || error == EROFS || error == EPERM ? ErrorCode::PermissionDenied : ErrorCode::WriteFailed,
                       failure(file, error));
  };
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail(errno);
  const char* p = bytes.constData();
  qsizetype left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, static_cast<std::size_t>(left));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : ENOSPC;
      ::close(fd);
      fail(error);
    }
    p += n;
    left -= n;
  }
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    fail(error);
  }
  ::close(fd);
  if (::rename(temporary.c_str(), file.c_str()) != 0) fail(errno);
  // The rename itself must survive a crash too.
  const int dir = ::open(file.parent_path().empty() ? "." : file.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

}  // namespace heaorta
