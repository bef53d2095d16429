#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/util/Progress.h"

#include <QCoreApplication>

namespace heaorta {

// Finds the DICOM images under a folder by reading the header attributes that identify them
// (GDCM Scanner stops before the pixel data). Each file first passes our own preflight; GDCM then
// reads it in a child process (IsolatedWorker; one child at a time, on all cores inside it), the
// whole header as loading will read it, so a file on which the parser aborts, crashes or hangs is
// skipped with that reason and the rest of the folder is indexed.
class DicomFolderIndexer {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomFolderIndexer)

 public:
  // `root` may be a folder (searched recursively) or a single file.
  static DicomIndex index(const std::filesystem::path& root, ProgressSink& progress, int threads = 0);
  // `preflight` false only in tests: it lets files through on which GDCM is known to abort.
  static DicomIndex indexFiles(const std::vector<std::filesystem::path>& files, ProgressSink& progress, int threads = 0, bool preflight = true);

  // Regular files under `root`; unreadable folders are reported in `skipped`.
  static std::vector<std::filesystem::path> listFiles(const std::filesystem::path& root, std::vector<SkippedFile>& skipped);
};

}  // namespace heaorta
