#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/util/Progress.h"

#include <QCoreApplication>

namespace heaorta {

// Finds the DICOM images under a folder by reading only the header attributes that identify
// them (GDCM Scanner stops before the pixel data), on all cores.
class DicomFolderIndexer {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomFolderIndexer)

 public:
  // `root` may be a folder (searched recursively) or a single file.
  static DicomIndex index(const std::filesystem::path& root, ProgressSink& progress, int threads = 0);
  static DicomIndex indexFiles(const std::vector<std::filesystem::path>& files, ProgressSink& progress, int threads = 0);

  // Regular files under `root`; unreadable folders are reported in `skipped`.
  static std::vector<std::filesystem::path> listFiles(const std::filesystem::path& root, std::vector<SkippedFile>& skipped);
};

}  // namespace heaorta
