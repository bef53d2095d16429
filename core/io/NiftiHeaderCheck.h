#pragma once

#include <QCoreApplication>
#include <filesystem>

namespace heaorta {

// Our own look at a NIfTI file before ITK reads it. ITK 5.2's NIfTI reader silently reads a 4-D
// file as its first volume, a dimension of 0 as 1, and NaN or infinite voxels as 0 HU (water); it
// cannot read NIfTI-2 and would allocate whatever a header declares. Each of these is refused here
// with a message that says what the file is. Compressed files are read through zlib.
class NiftiHeaderCheck {
  Q_DECLARE_TR_FUNCTIONS(heaorta::NiftiHeaderCheck)

 public:
  // Throws HeaortaError (InvalidInput or Unsupported) for a file that cannot be a 3-D CT volume.
  static void check(const std::filesystem::path& file);
};

}  // namespace heaorta
