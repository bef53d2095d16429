#pragma once

#include <QCoreApplication>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>

class DcmDataset;

namespace heaorta {

// Where a retrieve writes: a hidden staging folder beside the destination that becomes
// DIR/<StudyInstanceUID> only when the PACS reports every instance sent. A cut transfer, a
// cancel or a kill leaves at most ".partial-*" folders, never a study folder that looks complete.
class RetrievedStudyFolder {
  Q_DECLARE_TR_FUNCTIONS(heaorta::RetrievedStudyFolder)

 public:
  // Throws HeaortaError(WriteFailed/PermissionDenied) when the staging folder cannot be made.
  RetrievedStudyFolder(const std::filesystem::path& destination, const std::string& studyInstanceUid);
  ~RetrievedStudyFolder();  // removes the staging folder unless committed
  RetrievedStudyFolder(const RetrievedStudyFolder&) = delete;
  RetrievedStudyFolder& operator=(const RetrievedStudyFolder&) = delete;

  // Writes one received instance as <SeriesInstanceUID>/<SOPInstanceUID>.dcm with its file meta
  // information and the transfer syntax it arrived in. Thread-safe. Returns false with *why set.
  bool write(DcmDataset& dataset, std::string* why);
  // Replaces an earlier retrieve of the same study atomically. Returns the study folder.
  std::filesystem::path commit();

  std::size_t instanceCount() const;

 private:
  std::filesystem::path destination_;
  std::filesystem::path staging_;
  std::string studyFolderName_;
  mutable std::mutex mutex_;
  std::set<std::string> instances_;
  bool committed_ = false;
};

}  // namespace heaorta
