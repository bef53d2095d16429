#include "core/dicom/DicomAnonymizer.h"

#include "core/dicom/DicomFolderIndexer.h"
#include "core/util/Error.h"
#include "core/util/IsolatedBatch.h"

#include <gdcmAttribute.h>
#include <gdcmDicts.h>
#include <gdcmGlobal.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmWriter.h>
#include <chrono>
#include <optional>
#include <set>

namespace fs = std::filesystem;

namespace heaorta {
namespace {

using gdcm::Tag;

// PS3.15 table E.1-1 attributes that identify (X: removed, Z: emptied), as far as they occur in
// CT images; the profile's UIDs are all remapped (KeyedPseudonyms::uid) and its dates and times emptied.
const std::set<Tag>& removed() {
  static const std::set<Tag> tags = {
      Tag(0x0008, 0x0080), Tag(0x0008, 0x0081), Tag(0x0008, 0x0082), Tag(0x0008, 0x0092), Tag(0x0008, 0x0094), Tag(0x0008, 0x0096),
      Tag(0x0008, 0x009C), Tag(0x0008, 0x009D), Tag(0x0008, 0x1010), Tag(0x0008, 0x1030), Tag(0x0008, 0x103E), Tag(0x0008, 0x1040),
      Tag(0x0008, 0x1048), Tag(0x0008, 0x1049), Tag(0x0008, 0x1050), Tag(0x0008, 0x1052), Tag(0x0008, 0x1060), Tag(0x0008, 0x1062),
      Tag(0x0008, 0x1070), Tag(0x0008, 0x1072), Tag(0x0008, 0x1080), Tag(0x0008, 0x1084), Tag(0x0008, 0x1110), Tag(0x0008, 0x1111),
      Tag(0x0008, 0x1120), Tag(0x0008, 0x2111), Tag(0x0008, 0x4000), Tag(0x0010, 0x0021), Tag(0x0010, 0x0032), Tag(0x0010, 0x0050),
      Tag(0x0010, 0x0101), Tag(0x0010, 0x0102), Tag(0x0010, 0x1000), Tag(0x0010, 0x1001), Tag(0x0010, 0x1002), Tag(0x0010, 0x1005),
      Tag(0x0010, 0x1040), Tag(0x0010, 0x1050), Tag(0x0010, 0x1060), Tag(0x0010, 0x1080), Tag(0x0010, 0x1081), Tag(0x0010, 0x1090),
      Tag(0x0010, 0x2000), Tag(0x0010, 0x2110), Tag(0x0010, 0x2150), Tag(0x0010, 0x2152), Tag(0x0010, 0x2154), Tag(0x0010, 0x2160),
      Tag(0x0010, 0x2180), Tag(0x0010, 0x21A0), Tag(0x0010, 0x21B0), Tag(0x0010, 0x21C0), Tag(0x0010, 0x21D0), Tag(0x0010, 0x21F0),
      Tag(0x0010, 0x2203), Tag(0x0010, 0x2297), Tag(0x0010, 0x2299), Tag(0x0010, 0x4000), Tag(0x0018, 0x1000), Tag(0x0018, 0x1002),
      Tag(0x0018, 0x1004), Tag(0x0018, 0x1005), Tag(0x0018, 0x1007), Tag(0x0018, 0x1008), Tag(0x0018, 0x1030), Tag(0x0018, 0x1400),
      Tag(0x0018, 0x4000), Tag(0x0018, 0x700A), Tag(0x0018, 0x9185), Tag(0x0018, 0x9373), Tag(0x0020, 0x3401), Tag(0x0020, 0x3406),
      Tag(0x0020, 0x4000), Tag(0x0020, 0x9158), Tag(0x0032, 0x0012), Tag(0x0032, 0x1020), Tag(0x0032, 0x1021), Tag(0x0032, 0x1030),
      Tag(0x0032, 0x1032), Tag(0x0032, 0x1033), Tag(0x0032, 0x1060), Tag(0x0032, 0x1070), Tag(0x0032, 0x4000), Tag(0x0038, 0x0004),
      Tag(0x0038, 0x0010), Tag(0x0038, 0x0011), Tag(0x0038, 0x001E), Tag(0x0038, 0x0020), Tag(0x0038, 0x0021), Tag(0x0038, 0x0040),
      Tag(0x0038, 0x0050), Tag(0x0038, 0x0060), Tag(0x0038, 0x0061), Tag(0x0038, 0x0062), Tag(0x0038, 0x0300), Tag(0x0038, 0x0400),
      Tag(0x0038, 0x0500), Tag(0x0038, 0x4000), Tag(0x0040, 0x0001), Tag(0x0040, 0x0002), Tag(0x0040, 0x0003), Tag(0x0040, 0x0004),
      Tag(0x0040, 0x0005), Tag(0x0040, 0x0006), Tag(0x0040, 0x0007), Tag(0x0040, 0x000B), Tag(0x0040, 0x0010), Tag(0x0040, 0x0011),
      Tag(0x0040, 0x0241), Tag(0x0040, 0x0242), Tag(0x0040, 0x0243), Tag(0x0040, 0x0244), Tag(0x0040, 0x0245), Tag(0x0040, 0x0250),
      Tag(0x0040, 0x0251), Tag(0x0040, 0x0253), Tag(0x0040, 0x0254), Tag(0x0040, 0x0275), Tag(0x0040, 0x0280), Tag(0x0040, 0x0555),
      Tag(0x0040, 0x1001), Tag(0x0040, 0x1004), Tag(0x0040, 0x1005), Tag(0x0040, 0x1010), Tag(0x0040, 0x1011), Tag(0x0040, 0x1102),
      Tag(0x0040, 0x1103), Tag(0x0040, 0x1400), Tag(0x0040, 0x2001), Tag(0x0040, 0x2008), Tag(0x0040, 0x2009), Tag(0x0040, 0x2010),
      Tag(0x0040, 0x2400), Tag(0x0040, 0x3001), Tag(0x0040, 0xA027), Tag(0x0040, 0xA078), Tag(0x0040, 0xA730), Tag(0x0070, 0x0084),
      Tag(0x0070, 0x0086), Tag(0x0088, 0x0140), Tag(0x0400, 0x0100), Tag(0x0400, 0x0402), Tag(0x0400, 0x0403), Tag(0x0400, 0x0404),
      Tag(0x0400, 0x0550), Tag(0x0400, 0x0561), Tag(0x2030, 0x0020), Tag(0x4000, 0x0010), Tag(0x4000, 0x4000), Tag(0x4008, 0x0042),
      Tag(0xFFFA, 0xFFFA), Tag(0xFFFC, 0xFFFC)};
  return tags;
}

const std::set<Tag>& emptied() {
  static const std::set<Tag> tags = {Tag(0x0008, 0x0012), Tag(0x0008, 0x0013), Tag(0x0008, 0x0020), Tag(0x0008, 0x0021), Tag(0x0008, 0x0022),
                                     Tag(0x0008, 0x0023), Tag(0x0008, 0x002A), Tag(0x0008, 0x0030), Tag(0x0008, 0x0031), Tag(0x0008, 0x0032),
                                     Tag(0x0008, 0x0033), Tag(0x0008, 0x0050), Tag(0x0008, 0x0090), Tag(0x0010, 0x0030), Tag(0x0020, 0x0010),
                                     Tag(0x0040, 0xA123), Tag(0x0040, 0xA124), Tag(0x0070, 0x0001)};
  return tags;
}

const Tag kPatientName(0x0010, 0x0010), kPatientId(0x0010, 0x0020), kSopInstanceUid(0x0008, 0x0018), kBurnedIn(0x0028, 0x0301),
    kMediaStorageInstance(0x0002, 0x0003);

// The element's VR; in implicit VR files the dictionary's.
gdcm::VR vrOf(const gdcm::DataElement& de) {
  const gdcm::VR vr = de.GetVR();
  if (vr != gdcm::VR::INVALID && vr != gdcm::VR::UN) return vr;
  return gdcm::Global::GetInstance().GetDicts().GetDictEntry(de.GetTag()).GetVR();
}

bool isOverlayOrCurve(const Tag& t) {
  const uint16_t g = t.GetGroup();
  return (g >= 0x5000 && g <= 0x50FF && g % 2 == 0) ||
         (g >= 0x6000 && g <= 0x60FF && g % 2 == 0 && (t.GetElement() == 0x3000 || t.GetElement() == 0x4000));
}

std::string text(const gdcm::DataElement& de) {
  const gdcm::ByteValue* bv = de.GetByteValue();
  if (!bv) return {};
  std::string s(bv->GetPointer(), bv->GetLength());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\0')) s.pop_back();
  return s;
}

gdcm::DataElement withValue(const gdcm::DataElement& de, std::string value, char pad) {
  if (value.size() % 2) value += pad;
  gdcm::DataElement copy(de.GetTag());
  copy.SetVR(de.GetVR());
  copy.SetByteValue(value.data(), static_cast<uint32_t>(value.size()));
  return copy;
}

}  // namespace

DicomAnonymizer::DicomAnonymizer(QByteArray key) : pseudonyms_(std::move(key)) {}

namespace {

// Applies the profile to one data set, its sequences' items included.
void deidentify(gdcm::DataSet& ds, const KeyedPseudonyms& pseudonyms) {
  std::vector<Tag> drop;
  std::vector<gdcm::DataElement> replace;
  for (auto it = ds.Begin(); it != ds.End(); ++it) {
    const gdcm::DataElement& de = *it;
    const Tag& t = de.GetTag();
    if (t.IsPrivate() || removed().count(t) || isOverlayOrCurve(t)) {
      drop.push_back(t);
    } else if (emptied().count(t)) {
      replace.push_back(withValue(de, {}, ' '));
    } else if (vrOf(de) == gdcm::VR::UI) {
      std::string values = text(de), mapped;
      for (std::size_t start = 0; start <= values.size();) {  // UI may be multi-valued
        const std::size_t stop = std::min(values.find('\\', start), values.size());
        if (start > 0) mapped += '\\';
        mapped += pseudonyms.uid(values.substr(start, stop - start));
        start = stop + 1;
      }
      replace.push_back(withValue(de, mapped, '\0'));
    } else if (gdcm::SmartPointer<gdcm::SequenceOfItems> sq = vrOf(de) == gdcm::VR::SQ ? de.GetValueAsSQ() : nullptr;
               sq && sq->GetNumberOfItems() > 0) {
      gdcm::DataElement copy = de;
      for (gdcm::SequenceOfItems::SizeType i = 1; i <= sq->GetNumberOfItems(); ++i) deidentify(sq->GetItem(i).GetNestedDataSet(), pseudonyms);
      copy.SetValue(*sq);
      replace.push_back(copy);
    }
  }
  for (const Tag& t : drop) ds.Remove(t);
  for (const gdcm::DataElement& de : replace) ds.Replace(de);
}

void addMethod(gdcm::DataSet& ds) {
  const auto element = [](uint16_t g, uint16_t e, gdcm::VR::VRType vr, const char* value) {
    return withValue(gdcm::DataElement(Tag(g, e), 0, vr), value, ' ');
  };
  ds.Replace(element(0x0012, 0x0062, gdcm::VR::CS, "YES"));
  ds.Replace(element(0x0012, 0x0063, gdcm::VR::LO, "PS3.15 Basic Profile, Retain Patient Characteristics"));
  gdcm::SmartPointer<gdcm::SequenceOfItems> codes = new gdcm::SequenceOfItems;
  codes->SetLengthToUndefined();
  static const char* const kCodes[][2] = {{"113100", "Basic Application Confidentiality Profile"},
                                          {"113108", "Retain Patient Characteristics Option"}};
  for (const auto& code : kCodes) {
    gdcm::Item item;
    item.SetVLToUndefined();
    gdcm::DataSet& nested = item.GetNestedDataSet();
    nested.Insert(element(0x0008, 0x0100, gdcm::VR::SH, code[0]));
    nested.Insert(element(0x0008, 0x0102, gdcm::VR::SH, "DCM"));
    nested.Insert(element(0x0008, 0x0104, gdcm::VR::LO, code[1]));
    codes->AddItem(item);
  }
  gdcm::DataElement sequence(Tag(0x0012, 0x0064));
  sequence.SetVR(gdcm::VR::SQ);
  sequence.SetValue(*codes);
  sequence.SetVLToUndefined();
  ds.Replace(sequence);
}

// Reads one file whole (GDCM), applies the profile and writes the copy. Returns why the file was
// skipped, empty when the copy was written; throws HeaortaError when it cannot be written.
QString copyDeidentified(const fs::path& file, const fs::path& target, const KeyedPseudonyms& pseudonyms) {
  gdcm::Reader reader;
  reader.SetFileName(file.string().c_str());
  if (!reader.Read()) return DicomAnonymizer::tr("cannot be read");
  gdcm::File& f = reader.GetFile();
  gdcm::DataSet& ds = f.GetDataSet();
  if (ds.FindDataElement(kBurnedIn) && text(ds.GetDataElement(kBurnedIn)) == "YES")
    return DicomAnonymizer::tr("burned-in annotation: the pixels themselves may show who the patient is");
  const std::string patientId = ds.FindDataElement(kPatientId) ? text(ds.GetDataElement(kPatientId)) : std::string();
  deidentify(ds, pseudonyms);
  const std::string id = pseudonyms.token(patientId);
  ds.Replace(withValue(gdcm::DataElement(kPatientId, 0, gdcm::VR::LO), id, ' '));
  ds.Replace(withValue(gdcm::DataElement(kPatientName, 0, gdcm::VR::PN), "ANONYMOUS^" + id.substr(0, 8), ' '));
  addMethod(ds);
  // The meta header names the instance too, and where it came from.
  gdcm::FileMetaInformation& meta = f.GetHeader();
  meta.Remove(kMediaStorageInstance);
  if (ds.FindDataElement(kSopInstanceUid))
    meta.Replace(withValue(gdcm::DataElement(kMediaStorageInstance, 0, gdcm::VR::UI), text(ds.GetDataElement(kSopInstanceUid)), '\0'));
  meta.Remove(Tag(0x0002, 0x0016));  // Source Application Entity Title: the sending site
  gdcm::Writer writer;
  writer.SetFile(f);
  writer.SetFileName(target.string().c_str());
  if (!writer.Write())
    throw HeaortaError(ErrorCode::WriteFailed,
                       DicomAnonymizer::tr("%1: cannot be written (disk full?)").arg(QString::fromStdString(target.string())));
  return {};
}

// A whole read reaches what indexing did not (the pixel data, every sequence): a copy is made in a
// child process, so that a file GDCM aborts or crashes on is skipped with that reason.
constexpr std::size_t kFilesPerChild = 64;
constexpr std::chrono::milliseconds kCopyTimeout{30000};

// Copies `copies` (input file, the copy's name) in child processes, adding each to `report` as
// written or skipped with its reason. Throws the first refusal (a copy that cannot be written).
void copyIsolated(const std::vector<std::pair<fs::path, fs::path>>& copies, const KeyedPseudonyms& pseudonyms, ProgressSink& progress,
                  DicomAnonymizer::Report& report) {
  std::vector<QString> skipped(copies.size());  // empty: written
  std::optional<HeaortaError> refused;
  IsolatedBatch::Items items;
  items.count = copies.size();
  items.perChild = kFilesPerChild;
  items.idleTimeout = kCopyTimeout;
  items.run = [&](std::size_t i, const IsolatedBatch::Send& send) {
    try {
      send('s' + copyDeidentified(copies[i].first, copies[i].second, pseudonyms).toStdString());
    } catch (const HeaortaError& e) {
      send('e' + e.encode());
    }
  };
  items.receive = [&](std::size_t i, std::string&& part) {
    if (part.empty()) return;
    if (part[0] == 's') skipped[i] = QString::fromStdString(part.substr(1));
    if (part[0] == 'e' && !refused) refused.emplace(HeaortaError::decode(part.substr(1)));
  };
  items.lost = [&](std::size_t i, const IsolatedWorker::Outcome& how) {
    std::error_code ec;
    fs::remove(copies[i].second, ec);  // a partial copy, if the writer died on it
    skipped[i] = DicomAnonymizer::tr("the DICOM parser stopped on this file (%1)").arg(QString::fromStdString(how.describe()));
  };
  items.runHere = [&](std::size_t i) {
    try {
      skipped[i] = copyDeidentified(copies[i].first, copies[i].second, pseudonyms);
    } catch (const HeaortaError& e) {
      if (!refused) refused.emplace(e);
    }
  };
  items.beforeChild = [&] {
    if (refused) throw *refused;
    throwIfCancelled(progress);
  };
  IsolatedBatch::run(items);
  if (refused) throw *refused;
  for (std::size_t i = 0; i < copies.size(); ++i) {
    if (skipped[i].isEmpty())
      ++report.written;
    else
      report.skipped.emplace_back(copies[i].first, skipped[i]);
  }
}

}  // namespace

DicomAnonymizer::Report DicomAnonymizer::anonymize(const fs::path& input, const fs::path& output, ProgressSink& progress) {
  std::error_code ec;
  if (fs::exists(output, ec) && !fs::is_empty(output, ec))
    throw HeaortaError(ErrorCode::WriteFailed,
                       tr("%1: not empty; give a new or empty folder, so that nothing is overwritten").arg(QString::fromStdString(output.string())));
  const DicomIndex index = DicomFolderIndexer::index(input, progress);
  Report report;
  for (const SkippedFile& s : index.skipped) report.skipped.emplace_back(s.file, s.reason);
  int seriesIndex = 0;
  for (const DicomPatientInfo& patient : index.patients)
    for (const DicomStudyInfo& study : patient.studies)
      for (const DicomSeriesInfo& series : study.series) {
        ++seriesIndex;
        const fs::path folder = output / QStringLiteral("series-%1").arg(seriesIndex, 3, 10, QLatin1Char('0')).toStdString();
        fs::create_directories(folder, ec);
        if (ec)
          throw HeaortaError(ErrorCode::WriteFailed,
                             tr("%1: cannot be created (%2)").arg(QString::fromStdString(folder.string()), QString::fromStdString(ec.message())));
        std::vector<std::pair<fs::path, fs::path>> copies;  // input file, the copy's name
        for (const fs::path& file : series.files)
          copies.emplace_back(file, folder / QStringLiteral("IM%1.dcm").arg(copies.size() + 1, 5, 10, QLatin1Char('0')).toStdString());
        copyIsolated(copies, pseudonyms_, progress, report);
      }
  return report;
}

}  // namespace heaorta
