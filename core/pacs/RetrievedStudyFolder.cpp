#include "core/pacs/RetrievedStudyFolder.h"

#include "core/util/Error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <unistd.h>

#include <functional>

namespace heaorta {
namespace {

// A UID as a file name: UIDs are digits and dots; anything else a PACS sends (a "../" in a
// malformed UID) must not choose where we write.
std::string safeName(const std::string& uid) {
  const bool plain = !uid.empty() && uid.size() <= 64 && uid.find_first_not_of("0123456789.") == std::string::npos && uid.front() != '.';
  if (plain) return uid;
  return "uid-" + std::to_string(std::hash<std::string>{}(uid));
}

QString pathText(const std::filesystem::path& path) { return QString::fromStdString(path.string()); }

}  // namespace

RetrievedStudyFolder::RetrievedStudyFolder(const std::filesystem::path& destination, const std::string& studyInstanceUid)
    : destination_(destination), studyFolderName_(safeName(studyInstanceUid)) {
  std::error_code ec;
  std::filesystem::create_directories(destination_, ec);
  staging_ = destination_ / (".partial-" + studyFolderName_ + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(staging_, ec);
  if (!std::filesystem::create_directories(staging_, ec)) {
    throw HeaortaError(
        ec == std::errc::permission_denied || ec == std::errc::read_only_file_system ? ErrorCode::PermissionDenied : ErrorCode::WriteFailed,
        tr("Cannot create the folder %1 for the retrieved study: %2.").arg(pathText(staging_), QString::fromStdString(ec.message())));
  }
}

RetrievedStudyFolder::~RetrievedStudyFolder() {
  if (committed_) return;
  std::error_code ec;
  std::filesystem::remove_all(staging_, ec);
}

std::size_t RetrievedStudyFolder::instanceCount() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return instances_.size();
}

bool RetrievedStudyFolder::write(DcmDataset& dataset, std::string* why) {
  OFString seriesUid, sopUid;
  dataset.findAndGetOFString(DCM_SeriesInstanceUID, seriesUid);
  if (dataset.findAndGetOFString(DCM_SOPInstanceUID, sopUid).bad() || sopUid.empty()) {
    *why = "the instance has no SOP Instance UID";
    return false;
  }
  const std::filesystem::path folder = staging_ / safeName(seriesUid.c_str());
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  const std::filesystem::path file = folder / (safeName(sopUid.c_str()) + ".dcm");
  const E_TransferSyntax xfer = dataset.getOriginalXfer() == EXS_Unknown ? EXS_LittleEndianExplicit : dataset.getOriginalXfer();
  DcmFileFormat fileFormat(&dataset);  // copies; the caller owns the received dataset
  const OFCondition cond = fileFormat.saveFile(file.c_str(), xfer);
  if (cond.bad()) {
    *why = std::string("cannot write ") + file.string() + ": " + cond.text();
    std::filesystem::remove(file, ec);
    return false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  instances_.insert(sopUid.c_str());
  return true;
}

std::filesystem::path RetrievedStudyFolder::commit() {
  const std::filesystem::path target = destination_ / studyFolderName_;
  const std::filesystem::path previous = destination_ / (".previous-" + studyFolderName_ + "-" + std::to_string(::getpid()));
  std::error_code ec, ignored;
  const bool replacing = std::filesystem::exists(target, ignored);
  if (replacing) std::filesystem::rename(target, previous, ec);
  if (!ec) std::filesystem::rename(staging_, target, ec);
  if (ec) {
    if (replacing && !std::filesystem::exists(target, ignored)) std::filesystem::rename(previous, target, ignored);
    throw HeaortaError(ErrorCode::WriteFailed,
                       tr("Cannot move the retrieved study into %1: %2.").arg(pathText(target), QString::fromStdString(ec.message())));
  }
  committed_ = true;
  if (replacing) std::filesystem::remove_all(previous, ignored);
  return target;
}

}  // namespace heaorta
