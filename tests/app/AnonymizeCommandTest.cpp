// `heaorta anonymize` on a study full of identifying data and on the real demo study: nothing that
// identifies the patient is left in any byte, UIDs are remapped consistently (and reproducibly with a
// key), the voxels and the scoring metadata are unchanged, and the result still validates.
#include "tests/support/SyntheticDicom.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <gdcmAttribute.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>
#include <map>
#include <set>

using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

QString path(const fs::path& p) { return QString::fromStdString(p.string()); }

std::vector<fs::path> dicomFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(folder))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string valueOf(const gdcm::DataSet& ds, uint16_t group, uint16_t element) {
  const gdcm::Tag tag(group, element);
  if (!ds.FindDataElement(tag) || !ds.GetDataElement(tag).GetByteValue()) return {};
  const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
  std::string s(bv->GetPointer(), bv->GetLength());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\0')) s.pop_back();
  return s;
}

void setValue(gdcm::DataSet& ds, uint16_t group, uint16_t element, const char* vr, std::string value) {
  if (value.size() % 2) value += ' ';
  gdcm::DataElement de(gdcm::Tag(group, element));
  de.SetVR(gdcm::VR::GetVRType(vr));
  de.SetByteValue(value.data(), static_cast<uint32_t>(value.size()));
  ds.Replace(de);
}

}  // namespace

class AnonymizeCommandTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  fs::path root_;
  fs::path study_;
  std::vector<std::string> identifying_;  // every string that must not survive

  CliRun anonymize(const fs::path& input, const fs::path& output, const QStringList& extra = {}) {
    return runCli(QStringList{QStringLiteral("anonymize"), path(input), QStringLiteral("-o"), path(output)} + extra);
  }

 private Q_SLOTS:
  void initTestCase() {
    root_ = fs::path(tmp_.path().toStdString());
    study_ = root_ / "DOE_JOHN_CD";  // folder names carry names too; the output never reuses them
    SyntheticSeries s;
    s.patientName = "DOE^JOHN";
    s.patientId = "MRN4417731";
    s.stackAlongNormal(6, 2.0);
    const auto files = SyntheticDicom::writeSeries(study_, s);
    identifying_ = {"DOE", "JOHN", "MRN4417731", "19480713", "Taipei General", "SMITH^ANNA", "Ward 7 North", "A20240102X", s.studyUid, s.seriesUid};
    for (const fs::path& f : files) {
      gdcm::Reader reader;
      reader.SetFileName(f.string().c_str());
      QVERIFY(reader.Read());
      gdcm::DataSet& ds = reader.GetFile().GetDataSet();
      setValue(ds, 0x0010, 0x0030, "DA", "19480713");
      setValue(ds, 0x0008, 0x0080, "LO", "Taipei General");
      setValue(ds, 0x0008, 0x0090, "PN", "SMITH^ANNA");
      setValue(ds, 0x0008, 0x1040, "LO", "Ward 7 North");
      setValue(ds, 0x0008, 0x0050, "SH", "A20240102X");
      setValue(ds, 0x0020, 0x4000, "LT", "JOHN DOE, follow-up");
      setValue(ds, 0x0009, 0x0010, "LO", "ACME 1.0");          // a private creator ...
      setValue(ds, 0x0009, 0x1001, "LO", "DOE^JOHN^private");  // ... and its element
      identifying_.push_back(valueOf(ds, 0x0008, 0x0018));     // each SOP Instance UID
      gdcm::Writer writer;
      writer.SetFile(reader.GetFile());
      writer.SetFileName(f.string().c_str());
      QVERIFY(writer.Write());
    }
  }

  void nothingIdentifyingSurvivesInAnyByte() {
    const fs::path out = root_ / "out-bytes";
    const CliRun r = anonymize(study_, out);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("6 de-identified images"), r.out.constData());
    const auto files = dicomFiles(out);
    QCOMPARE(files.size(), std::size_t(6));
    for (const fs::path& f : files) {
      QVERIFY2(f.string().find("DOE") == std::string::npos, f.c_str());
      std::ifstream in(f, std::ios::binary);
      const std::string bytes(std::istreambuf_iterator<char>(in), {});
      for (const std::string& s : identifying_) QVERIFY2(bytes.find(s) == std::string::npos, (f.filename().string() + " holds " + s).c_str());
      gdcm::Reader reader;
      reader.SetFileName(f.string().c_str());
      QVERIFY(reader.Read());
      const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
      for (auto it = ds.Begin(); it != ds.End(); ++it) QVERIFY2(!it->GetTag().IsPrivate(), "a private element is left");
      QCOMPARE(valueOf(ds, 0x0012, 0x0062), std::string("YES"));
      QCOMPARE(valueOf(ds, 0x0010, 0x0040), std::string("F"));  // retained patient characteristics
      QCOMPARE(valueOf(ds, 0x0018, 0x0060), std::string("120"));
      QCOMPARE(valueOf(reader.GetFile().GetHeader(), 0x0002, 0x0003), valueOf(ds, 0x0008, 0x0018));
    }
  }

  void uidsAreRemappedConsistentlyAndReproduciblyWithAKey() {
    const fs::path key = root_ / "secret.key";
    std::ofstream(key) << "a secret of at least sixteen bytes";
    QCOMPARE(anonymize(study_, root_ / "key-1", {QStringLiteral("--key"), path(key)}).exitCode, 0);
    QCOMPARE(anonymize(study_, root_ / "key-2", {QStringLiteral("--key"), path(key)}).exitCode, 0);
    QCOMPARE(anonymize(study_, root_ / "random", {}).exitCode, 0);
    std::set<std::string> studies, series, instances;
    const auto first = dicomFiles(root_ / "key-1"), second = dicomFiles(root_ / "key-2"), random = dicomFiles(root_ / "random");
    for (std::size_t i = 0; i < first.size(); ++i) {
      gdcm::Reader a, b, c;
      a.SetFileName(first[i].string().c_str()), b.SetFileName(second[i].string().c_str()), c.SetFileName(random[i].string().c_str());
      QVERIFY(a.Read() && b.Read() && c.Read());
      const gdcm::DataSet &x = a.GetFile().GetDataSet(), &y = b.GetFile().GetDataSet(), &z = c.GetFile().GetDataSet();
      for (uint16_t element : {0x000D, 0x000E, 0x0052}) QCOMPARE(valueOf(x, 0x0020, element), valueOf(y, 0x0020, element));
      QCOMPARE(valueOf(x, 0x0008, 0x0018), valueOf(y, 0x0008, 0x0018));
      QCOMPARE(valueOf(x, 0x0010, 0x0020), valueOf(y, 0x0010, 0x0020));   // the same pseudonym
      QVERIFY(valueOf(x, 0x0008, 0x0018) != valueOf(z, 0x0008, 0x0018));  // another key, other UIDs
      QVERIFY(valueOf(x, 0x0008, 0x0018).rfind("2.25.", 0) == 0 && valueOf(x, 0x0008, 0x0018).size() <= 64);
      studies.insert(valueOf(x, 0x0020, 0x000D)), series.insert(valueOf(x, 0x0020, 0x000E)), instances.insert(valueOf(x, 0x0008, 0x0018));
    }
    QCOMPARE(studies.size(), std::size_t(1));
    QCOMPARE(series.size(), std::size_t(1));
    QCOMPARE(instances.size(), std::size_t(6));
  }

  void theDemoStudyKeepsItsVoxelsAndValidates() {
    const fs::path demo = sourceDir() / "resources/demo/chest-ct";
    const fs::path out = root_ / "demo";
    const CliRun r = anonymize(demo, out);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray before = convertedVoxels(demo, root_ / "demo-before.nii"), after = convertedVoxels(out, root_ / "demo-after.nii");
    QVERIFY(before.size() == 512 * 512 * 64 * 2);
    QVERIFY(before == after);
    const CliRun info = runCli({QStringLiteral("info"), path(out)});
    QVERIFY2(info.out.contains("kVp 120") && info.out.contains("058Y, sex M") && !info.out.contains("Lung_Dx"), info.out.constData());
    // dciodvfy finds no more errors in a de-identified file than in its original.
    const auto count = [](const fs::path& f) {
      QString report;
      runTool(QStringLiteral("dciodvfy"), {path(f)}, &report);
      return report.count(QStringLiteral("Error - "));
    };
    QVERIFY(count(dicomFiles(out).front()) <= count(demo / "1-01.dcm"));
  }

  // GDCM asserts on a Basic Offset Table item longer than the pixel data: a file that indexing
  // accepts (it reads the header only) and that the whole read for copying aborts on. It is skipped
  // with that reason, everything else is written.
  void aFileTheParserDiesOnIsSkippedAndTheRestWritten() {
    const fs::path input = root_ / "cd-with-a-damaged-image";
    fs::create_directories(input);
    for (const fs::path& f : dicomFiles(study_)) fs::copy_file(f, input / f.filename());
    SyntheticSeries jpegLs;
    jpegLs.seriesUid += ".2";
    jpegLs.transferSyntax = "1.2.840.10008.1.2.4.80";
    jpegLs.stackAlongNormal(3, 2.0, Eigen::Vector3d(0, 0, 50));
    const fs::path damaged = SyntheticDicom::writeSeries(input / "jpeg-ls", jpegLs).front();
    std::string bytes;
    {
      std::ifstream in(damaged, std::ios::binary);
      bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::string offsetTable = std::string("\xe0\x7f\x10\x00OB\0\0\xff\xff\xff\xff\xfe\xff\x00\xe0", 16);
    const std::size_t at = bytes.find(offsetTable);
    QVERIFY(at != std::string::npos);
    bytes[at + offsetTable.size() + 3] = '\xf8';  // the item's length: about 4 GB
    std::ofstream(damaged, std::ios::binary | std::ios::trunc) << bytes;

    const fs::path out = root_ / "out-damaged";
    const CliRun r = anonymize(input, out);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(
        r.out.contains(QStringLiteral("not written: %1: the DICOM parser stopped on this file (signal 6 (Aborted))").arg(path(damaged)).toUtf8()),
        r.out.constData());
    QVERIFY2(r.out.contains("8 de-identified images"), r.out.constData());
    QCOMPARE(dicomFiles(out).size(), std::size_t(8));
  }

  void anOccupiedFolderIsNeverWrittenInto() {
    const fs::path out = root_ / "occupied";
    fs::create_directories(out);
    std::ofstream(out / "keep.txt") << "someone's work";
    const CliRun r = anonymize(study_, out);
    QCOMPARE(r.exitCode, 6);
    QVERIFY2(r.err.contains("not empty"), r.err.constData());
    QCOMPARE(dicomFiles(out).size(), std::size_t(1));
  }
};

QTEST_GUILESS_MAIN(AnonymizeCommandTest)
#include "AnonymizeCommandTest.moc"
