#pragma once

#include <QCoreApplication>
#include <filesystem>

namespace heaorta {

// What we read must be a regular file (or a link to one): opening a FIFO waits for a writer that
// may never come (`heaorta info scan.nrrd` on a FIFO never returned), and a device or socket is no
// scan.
class RegularFile {
  Q_DECLARE_TR_FUNCTIONS(heaorta::RegularFile)

 public:
  // Throws HeaortaError(InvalidInput) when `file` exists and is not a regular file or a folder.
  static void require(const std::filesystem::path& file);
};

}  // namespace heaorta
