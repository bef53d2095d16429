#pragma once

#include <QCoreApplication>
#include <filesystem>
#include <vector>

namespace heaorta {

// A cohort run's list of inputs: a text file (.txt, .lst, .manifest) naming one folder, DICOM
// file or volume file per line; '#' starts a comment; relative paths are relative to the file.
class BatchManifest {
  Q_DECLARE_TR_FUNCTIONS(heaorta::BatchManifest)

 public:
  static bool isManifest(const std::filesystem::path& input);
  // Throws HeaortaError(NotFound) when the file cannot be read.
  static std::vector<std::filesystem::path> read(const std::filesystem::path& manifest);
};

}  // namespace heaorta
