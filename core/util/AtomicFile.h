#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <filesystem>

namespace heaorta {

// Durable whole-file writes: a temporary file beside the target, fsync, rename. A full disk or a
// read-only folder throws HeaortaError (WriteFailed / PermissionDenied) naming the file and the
// reason, and leaves any existing file as it was.
class AtomicFile {
  Q_DECLARE_TR_FUNCTIONS(heaorta::AtomicFile)

 public:
  static void write(const std::filesystem::path& file, const QByteArray& bytes);
  // The message for a failed system call on `file` (errno as set by it).
  static QString failure(const std::filesystem::path& file, int error);
};

}  // namespace heaorta
