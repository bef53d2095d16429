#include "core/dicom/DicomFolderIndexer.h"

#include "core/dicom/DicomPreflight.h"

#include "core/dicom/DicomTags.h"
#include "core/dicom/DicomValues.h"
#include "core/util/Error.h"
#include "core/util/Parallel.h"

#include <algorithm>
#include <fstream>
#include <gdcmMediaStorage.h>
#include <gdcmScanner.h>
#include <gdcmUIDs.h>
#include <map>

namespace fs = std::filesystem;

namespace heaorta {
namespace {

// The attributes copied out of the scanner for one file.
struct FileRecord {
  fs::path path;
  bool isDicom = false;
  std::string malformed;  // why our preflight kept it from GDCM
  std::map<gdcm::Tag, std::string> values;

  const std::string& get(const gdcm::Tag& tag) const {
    static const std::string empty;
    const auto it = values.find(tag);
    return it == values.end() ? empty : it->second;
  }
};

const std::vector<gdcm::Tag>& scannedTags() {
  namespace t = dicom::tags;
  static const std::vector<gdcm::Tag> tags = {t::MediaStorageSopClassUid,
                                              t::SpecificCharacterSet,
                                              t::ImageType,
                                              t::SopClassUid,
                                              t::SopInstanceUid,
                                              t::StudyDate,
                                              t::StudyTime,
                                              t::AccessionNumber,
                                              t::Modality,
                                              t::StudyDescription,
                                              t::SeriesDescription,
                                              t::PatientName,
                                              t::PatientId,
                                              t::PatientBirthDate,
                                              t::PatientSex,
                                              t::SliceThickness,
                                              t::StudyInstanceUid,
                                              t::SeriesInstanceUid,
                                              t::SeriesNumber,
                                              t::InstanceNumber,
                                              t::NumberOfFrames,
                                              t::Rows,
                                              t::Columns};
  return tags;
}

std::vector<FileRecord> scanChunk(const std::vector<fs::path>& files) {
  std::vector<FileRecord> records(files.size());
  // Our own preflight first: GDCM aborts the process on some malformed files (an item claiming
  // more bytes than the file holds, a DICOMDIR with bad offsets). Those, and DICOMDIRs (no image),
  // never reach it.
  std::vector<std::string> names;
  names.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    records[i].path = files[i];
    const dicom::Preflight check = dicom::preflight(files[i]);
    if (!check.problem.empty()) {
      records[i].isDicom = true;
      records[i].malformed = check.problem;
      names.emplace_back();
    } else if (check.mediaStorageSopClass == dicom::kMediaStorageDirectoryUid) {
      records[i].isDicom = true;
      records[i].values[dicom::tags::MediaStorageSopClassUid] = dicom::kMediaStorageDirectoryUid;
      names.emplace_back();
    } else {
      names.push_back(files[i].string());
    }
  }
  std::vector<std::string> scanned;
  for (const std::string& n : names)
    if (!n.empty()) scanned.push_back(n);
  gdcm::Scanner scanner;
  for (const auto& tag : scannedTags()) scanner.AddTag(tag);
  scanner.Scan(scanned);
  for (std::size_t i = 0; i < files.size(); ++i) {
    FileRecord& r = records[i];
    if (names[i].empty()) continue;  // a DICOMDIR, recorded above
    r.isDicom = scanner.IsKey(names[i].c_str());
    if (!r.isDicom) continue;
    for (const auto& [tag, value] : scanner.GetMapping(names[i].c_str()))
      if (value) r.values[tag] = dicom::trimmed(value);
  }
  return records;
}

QString sopClassName(const std::string& uid) {
  gdcm::UIDs uids;
  if (uids.SetFromUID(uid.c_str()) && uids.GetName()) return QString::fromUtf8(uids.GetName());
  return QString::fromStdString(uid);
}

bool isSecondaryCapture(const std::string& sopClass) {
  return sopClass.rfind("1.2.840.10008.5.1.4.1.1.7", 0) == 0;  // SC and its multi-frame variants
}

// Why a DICOM file is not an image we can index, or an empty string when it is one.
QString skipReason(const FileRecord& r) {
  namespace t = dicom::tags;
  if (!r.malformed.empty()) return DicomFolderIndexer::tr("malformed DICOM: %1").arg(QString::fromStdString(r.malformed));
  std::string sopClass = r.get(t::SopClassUid);
  if (sopClass.empty()) sopClass = r.get(t::MediaStorageSopClassUid);
  const auto ms = gdcm::MediaStorage::GetMSType(sopClass.c_str());
  if (ms == gdcm::MediaStorage::MediaStorageDirectoryStorage) return DicomFolderIndexer::tr("DICOMDIR (a media directory, not an image)");
  if (isSecondaryCapture(sopClass)) return DicomFolderIndexer::tr("secondary capture (a screenshot, not a measurable image)");
  if (!sopClass.empty() && ms != gdcm::MediaStorage::MS_END && !gdcm::MediaStorage::IsImage(ms))
    return DicomFolderIndexer::tr("not an image object (%1)").arg(sopClassName(sopClass));
  if (r.get(t::Rows).empty() || r.get(t::Columns).empty()) return DicomFolderIndexer::tr("no image (Rows/Columns missing)");
  if (dicom::hasValue(r.get(t::ImageType), "LOCALIZER")) return DicomFolderIndexer::tr("localizer (scout) image");
  return {};
}

QString unreadableReason(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return DicomFolderIndexer::tr("cannot be opened (permission denied or unreadable)");
  return DicomFolderIndexer::tr("not a DICOM file");
}

void addToIndex(DicomIndex& index, const FileRecord& r) {
  namespace t = dicom::tags;
  const std::string& charset = r.get(t::SpecificCharacterSet);
  const std::string patientKeyId = r.get(t::PatientId);
  const std::string patientName = dicom::toUtf8(r.get(t::PatientName), charset);
  auto patient = std::find_if(index.patients.begin(), index.patients.end(),
                              [&](const DicomPatientInfo& p) { return p.patientId == patientKeyId && p.name == patientName; });
  if (patient == index.patients.end()) {
    index.patients.push_back({patientKeyId, patientName, r.get(t::PatientBirthDate), r.get(t::PatientSex), {}});
    patient = std::prev(index.patients.end());
  }
  const std::string studyUid = r.get(t::StudyInstanceUid);
  auto study =
      std::find_if(patient->studies.begin(), patient->studies.end(), [&](const DicomStudyInfo& s) { return s.studyInstanceUid == studyUid; });
  if (study == patient->studies.end()) {
    patient->studies.push_back(
        {studyUid, r.get(t::StudyDate), r.get(t::StudyTime), dicom::toUtf8(r.get(t::StudyDescription), charset), r.get(t::AccessionNumber), {}});
    study = std::prev(patient->studies.end());
  }
  // Anonymised files may lack a Series Instance UID: then a folder and series number is a series.
  std::string seriesUid = r.get(t::SeriesInstanceUid);
  const auto seriesNumber = dicom::parseInteger(r.get(t::SeriesNumber));
  const std::string folder = r.path.parent_path().string();
  auto series = std::find_if(study->series.begin(), study->series.end(), [&](const DicomSeriesInfo& s) {
    if (!seriesUid.empty()) return s.seriesInstanceUid == seriesUid;
    return s.seriesInstanceUid.empty() && s.seriesNumber == seriesNumber && !s.files.empty() && s.files.front().parent_path().string() == folder;
  });
  if (series == study->series.end()) {
    DicomSeriesInfo info;
    info.seriesInstanceUid = seriesUid;
    info.seriesNumber = seriesNumber;
    info.modality = r.get(t::Modality);
    info.description = dicom::toUtf8(r.get(t::SeriesDescription), charset);
    info.sopClassUid = r.get(t::SopClassUid).empty() ? r.get(t::MediaStorageSopClassUid) : r.get(t::SopClassUid);
    info.imageType = r.get(t::ImageType);
    info.sliceThicknessMm = dicom::parseDecimal(r.get(t::SliceThickness));
    info.rows = dicom::parseInteger(r.get(t::Rows)).value_or(0);
    info.columns = dicom::parseInteger(r.get(t::Columns)).value_or(0);
    study->series.push_back(std::move(info));
    series = std::prev(study->series.end());
  }
  series->files.push_back(r.path);
  series->imageCount += static_cast<std::size_t>(std::max(1, dicom::parseInteger(r.get(t::NumberOfFrames)).value_or(1)));
}

void sortIndex(DicomIndex& index) {
  for (auto& patient : index.patients) {
    for (auto& study : patient.studies) {
      for (auto& series : study.series) std::sort(series.files.begin(), series.files.end());
      std::sort(study.series.begin(), study.series.end(),
                [](const DicomSeriesInfo& a, const DicomSeriesInfo& b) { return a.seriesNumber.value_or(0) < b.seriesNumber.value_or(0); });
    }
    std::sort(patient.studies.begin(), patient.studies.end(), [](const DicomStudyInfo& a, const DicomStudyInfo& b) { return a.date < b.date; });
  }
  std::sort(index.patients.begin(), index.patients.end(), [](const DicomPatientInfo& a, const DicomPatientInfo& b) { return a.name < b.name; });
}

}  // namespace

std::vector<fs::path> DicomFolderIndexer::listFiles(const fs::path& root, std::vector<SkippedFile>& skipped) {
  std::vector<fs::path> files;
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path dir = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      skipped.push_back({dir, tr("folder cannot be read: %1").arg(QString::fromStdString(ec.message()))});
      continue;
    }
    for (const auto& entry : it) {
      std::error_code typeError;
      if (entry.is_directory(typeError) && !entry.is_symlink(typeError))
        pending.push_back(entry.path());
      else if (entry.is_regular_file(typeError))
        files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

DicomIndex DicomFolderIndexer::index(const fs::path& root, ProgressSink& progress, int threads) {
  std::error_code ec;
  if (!fs::exists(root, ec)) throw HeaortaError(ErrorCode::NotFound, tr("%1: no such file or folder").arg(QString::fromStdString(root.string())));
  if (!fs::is_directory(root, ec)) return indexFiles({root}, progress, threads);
  std::vector<SkippedFile> unreadableFolders;
  const auto files = listFiles(root, unreadableFolders);
  DicomIndex result = indexFiles(files, progress, threads);
  result.skipped.insert(result.skipped.begin(), unreadableFolders.begin(), unreadableFolders.end());
  return result;
}

DicomIndex DicomFolderIndexer::indexFiles(const std::vector<fs::path>& files, ProgressSink& progress, int threads) {
  dicom::silenceGdcm();
  // Chunks small enough for progress and balancing, large enough to amortise a Scanner.
  constexpr std::size_t kChunk = 128;
  const std::size_t chunkCount = (files.size() + kChunk - 1) / kChunk;
  std::vector<std::vector<FileRecord>> chunks(chunkCount);
  std::atomic<std::size_t> done{0};
  parallelFor(
      chunkCount,
      [&](std::size_t c) {
        throwIfCancelled(progress);
        const auto begin = files.begin() + static_cast<std::ptrdiff_t>(c * kChunk);
        const auto end = files.begin() + static_cast<std::ptrdiff_t>(std::min(files.size(), (c + 1) * kChunk));
        chunks[c] = scanChunk(std::vector<fs::path>(begin, end));
        progress.report(static_cast<double>(++done) / chunkCount, tr("Indexing DICOM files"));
      },
      threads);

  DicomIndex index;
  index.filesExamined = files.size();
  for (const auto& chunk : chunks) {
    for (const auto& record : chunk) {
      if (!record.isDicom) {
        index.skipped.push_back({record.path, unreadableReason(record.path)});
        continue;
      }
      const QString reason = skipReason(record);
      if (!reason.isEmpty())
        index.skipped.push_back({record.path, reason});
      else
        addToIndex(index, record);
    }
  }
  sortIndex(index);
  return index;
}

}  // namespace heaorta
