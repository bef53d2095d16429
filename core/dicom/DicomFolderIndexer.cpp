#include "core/dicom/DicomFolderIndexer.h"

#include "core/dicom/DicomHeaderReader.h"
#include "core/dicom/DicomPreflight.h"
#include "core/util/IsolatedBatch.h"
#include "core/util/RegularFile.h"

#include "core/dicom/DicomTags.h"
#include "core/dicom/DicomValues.h"
#include "core/util/Error.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <gdcmMediaStorage.h>
#include <gdcmScanner.h>
#include <gdcmUIDs.h>
#include <functional>
#include <map>

namespace fs = std::filesystem;

namespace heaorta {
namespace {

// How long one file may keep the parser busy (a slow network share included).
constexpr std::chrono::milliseconds kParserTimeout{30000};

// The attributes copied out of the scanner for one file.
struct FileRecord {
  fs::path path;
  bool isDicom = false;
  std::string malformed;  // why our preflight kept it from GDCM
  std::string crashed;    // how the parser died on it (IsolatedWorker)
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

// Our own preflight first. GDCM aborts the process on some malformed files (an item claiming more
// bytes than the file holds, a DICOMDIR with bad offsets): those, and DICOMDIRs (no image), never
// reach it. True when the record is complete without GDCM.
bool preflightRecord(const fs::path& file, bool preflight, FileRecord& r) {
  r.path = file;
  const dicom::Preflight check = preflight ? dicom::preflight(file) : dicom::Preflight{};
  if (!check.problem.empty()) {
    r.isDicom = true;
    r.malformed = check.problem;
    return true;
  }
  if (check.mediaStorageSopClass == dicom::kMediaStorageDirectoryUid) {
    r.isDicom = true;
    r.values[dicom::tags::MediaStorageSopClassUid] = dicom::kMediaStorageDirectoryUid;
    return true;
  }
  return false;
}

// The scanner reads a file only up to the last tag it wants; loading it reads the whole header
// (through GDCM, in the loading process) and its sequences. So the child also reads every header
// exactly as loading will: a file on which that aborts or crashes dies here, in the child, and is
// skipped (found by DicomSeriesFuzzer: a bad element after Columns killed `heaorta info`).
void readAsLoadingWill(const fs::path& file) {
  try {
    DicomHeaderReader::readAsLoadingWill(file);
  } catch (const HeaortaError&) {  // loading refuses it with the same words
  }
}

void takeScanned(const gdcm::Scanner& scanner, const std::string& name, FileRecord& r) {
  r.isDicom = scanner.IsKey(name.c_str());
  if (!r.isDicom) return;
  for (const auto& [tag, value] : scanner.GetMapping(name.c_str()))
    if (value) r.values[tag] = dicom::trimmed(value);
  readAsLoadingWill(r.path);
}

gdcm::Scanner makeScanner() {
  gdcm::Scanner scanner;
  for (const auto& tag : scannedTags()) scanner.AddTag(tag);
  return scanner;
}

// One file with its own Scanner pass.
FileRecord scanFile(const fs::path& file, bool preflight) {
  FileRecord r;
  if (preflightRecord(file, preflight, r)) return r;
  gdcm::Scanner scanner = makeScanner();
  const std::string name = file.string();
  scanner.Scan({name});
  takeScanned(scanner, name, r);
  return r;
}

// A record through the worker's pipe: flags, the preflight's finding, then tag/value pairs.
class RecordCodec {
 public:
  static std::string encode(const FileRecord& r) {
    std::string m;
    put(m, r.isDicom ? 1u : 0u);
    putText(m, r.malformed);
    put(m, static_cast<uint32_t>(r.values.size()));
    for (const auto& [tag, value] : r.values) {
      put(m, tag.GetElementTag());
      putText(m, value);
    }
    return m;
  }
  // False for a message that does not decode (never from our own child).
  static bool decode(const std::string& m, FileRecord& r) {
    std::size_t at = 0;
    uint32_t isDicom = 0, count = 0;
    if (!get(m, at, isDicom) || !getText(m, at, r.malformed) || !get(m, at, count)) return false;
    r.isDicom = isDicom != 0;
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t tag = 0;
      std::string value;
      if (!get(m, at, tag) || !getText(m, at, value)) return false;
      r.values[gdcm::Tag(tag)] = std::move(value);
    }
    return true;
  }

 private:
  static void put(std::string& m, uint32_t v) { m.append(reinterpret_cast<const char*>(&v), sizeof v); }
  static void putText(std::string& m, const std::string& t) {
    put(m, static_cast<uint32_t>(t.size()));
    m += t;
  }
  static bool get(const std::string& m, std::size_t& at, uint32_t& v) {
    if (m.size() - at < sizeof v) return false;
    std::memcpy(&v, m.data() + at, sizeof v);
    at += sizeof v;
    return true;
  }
  static bool getText(const std::string& m, std::size_t& at, std::string& t) {
    uint32_t size = 0;
    if (!get(m, at, size) || m.size() - at < size) return false;
    t.assign(m, at, size);
    at += size;
    return true;
  }
};

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
  if (!r.crashed.empty())
    return DicomFolderIndexer::tr("unreadable: the DICOM parser failed on this file (%1); the other files were read")
        .arg(QString::fromStdString(r.crashed));
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
  std::error_code ec;
  if (fs::file_size(file, ec) == 0 && !ec) return DicomFolderIndexer::tr("empty file (0 bytes)");
  // A Part 10 file the parser refused: say what it lacks when we can see it.
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.size() >= 132 && head.compare(128, 4, "DICM") == 0) {
    if (head.find(std::string("\x02\x00\x10\x00UI", 6)) == std::string::npos)
      return DicomFolderIndexer::tr("a DICOM file without the Transfer Syntax UID (0002,0010) in its meta header: it cannot be parsed");
    return DicomFolderIndexer::tr("a DICOM file whose header cannot be parsed");
  }
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
  if (!fs::is_directory(root, ec)) {
    RegularFile::require(root);
    return indexFiles({root}, progress, threads);
  }
  std::vector<SkippedFile> unreadableFolders;
  const auto files = listFiles(root, unreadableFolders);
  DicomIndex result = indexFiles(files, progress, threads);
  result.skipped.insert(result.skipped.begin(), unreadableFolders.begin(), unreadableFolders.end());
  return result;
}

DicomIndex DicomFolderIndexer::indexFiles(const std::vector<fs::path>& files, ProgressSink& progress, int threads, bool preflight) {
  dicom::silenceGdcm();
  // One child at a time, scanning on all threads inside it: this process forks only while no other
  // thread of ours is working (a fork taken while another thread holds an allocator's lock leaves
  // the child waiting for it forever). Chunks large enough to amortise a child (about a millisecond),
  // small enough that a dead child costs little to replay file by file.
  std::vector<FileRecord> records(files.size());
  std::size_t done = 0;
  const auto fileDone = [&] { progress.report(static_cast<double>(++done) / files.size(), tr("Indexing DICOM files")); };
  IsolatedBatch::Items items;
  items.count = files.size();
  items.perChild = 256;
  items.threads = threads;
  items.idleTimeout = kParserTimeout;
  items.run = [&](std::size_t i, const IsolatedBatch::Send& send) { send(RecordCodec::encode(scanFile(files[i], preflight))); };
  items.receive = [&](std::size_t i, std::string&& part) {
    FileRecord r;
    if (RecordCodec::decode(part, r)) records[i] = std::move(r);
  };
  items.answered = [&](std::size_t) { fileDone(); };
  items.lost = [&](std::size_t i, const IsolatedWorker::Outcome& how) {  // the file GDCM dies or hangs on
    records[i] = {};
    records[i].isDicom = true;
    records[i].crashed = how.describe();
    fileDone();
  };
  items.runHere = [&](std::size_t i) {
    records[i] = scanFile(files[i], preflight);
    fileDone();
  };
  items.beforeChild = [&] { throwIfCancelled(progress); };
  IsolatedBatch::run(items);
  for (std::size_t i = 0; i < files.size(); ++i) records[i].path = files[i];

  DicomIndex index;
  index.filesExamined = files.size();
  for (const auto& record : records) {
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
  sortIndex(index);
  return index;
}

}  // namespace heaorta
