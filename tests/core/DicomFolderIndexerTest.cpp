#include "core/dicom/DicomFolderIndexer.h"
#include "core/study/StudyLoader.h"
#include "core/util/Error.h"
#include "tests/support/MalformedInput.h"
#include "tests/support/SyntheticDicom.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <fstream>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

const SkippedFile* skippedNamed(const DicomIndex& index, const std::string& name) {
  for (const auto& s : index.skipped)
    if (s.file.filename() == name) return &s;
  return nullptr;
}

}  // namespace

class DicomFolderIndexerTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  fs::path root_;
  SyntheticSeries chest_;
  SyntheticSeries thin_;

 private Q_SLOTS:
  void initTestCase() {
    root_ = fs::path(tmp_.path().toStdString()) / "export";
    chest_.stackAlongNormal(6, 5.0);
    SyntheticDicom::writeSeries(root_ / "chest", chest_);
    thin_.studyUid = "1.2.826.0.1.3680043.9.7433.2";
    thin_.seriesUid = "1.2.826.0.1.3680043.9.7433.2.1";
    thin_.stackAlongNormal(4, 1.0);
    SyntheticDicom::writeSeries(root_ / "later" / "deep" / "thin", thin_);
    SyntheticSeries scout = chest_;
    scout.imageType = "ORIGINAL\\PRIMARY\\LOCALIZER";
    scout.stackAlongNormal(1, 1.0);
    SyntheticDicom::writeSlice(root_ / "chest" / "scout.dcm", scout, 0, 99, chest_.seriesUid + ".99");
    SyntheticDicom::writeStructuredReport(root_ / "report.dcm", chest_);
    SyntheticDicom::writeSecondaryCapture(root_ / "screenshot.dcm", chest_);
    std::ofstream(root_ / "notes.txt") << "reading notes";
    std::ofstream(root_ / "empty.dcm").close();
  }

  void findsPatientsStudiesAndSeriesRecursively() {
    NullProgress progress;
    const DicomIndex index = DicomFolderIndexer::index(root_, progress);
    QCOMPARE(index.filesExamined, std::size_t(6 + 4 + 1 + 4));
    QCOMPARE(index.patients.size(), std::size_t(1));
    QCOMPARE(index.patients[0].name, std::string("TEST^PATIENT"));
    QCOMPARE(index.patients[0].studies.size(), std::size_t(2));
    const DicomSeriesInfo* chest = index.findSeries(chest_.seriesUid);
    const DicomSeriesInfo* thin = index.findSeries(thin_.seriesUid);
    QVERIFY(chest && thin);
    QCOMPARE(chest->files.size(), std::size_t(6));
    QCOMPARE(thin->files.size(), std::size_t(4));
    QCOMPARE(chest->modality, std::string("CT"));
    QCOMPARE(chest->rows, 12);
    QCOMPARE(chest->columns, 16);
    QCOMPARE(index.preferredCtSeries(), chest);
  }

  void skipsWhatIsNotAMeasurableImageAndSaysWhy() {
    NullProgress progress;
    const DicomIndex index = DicomFolderIndexer::index(root_, progress);
    QCOMPARE(index.skipped.size(), std::size_t(5));
    const auto reason = [&](const char* name) {
      const SkippedFile* s = skippedNamed(index, name);
      return s ? s->reason : QStringLiteral("(not skipped)");
    };
    QVERIFY2(reason("scout.dcm").contains(QLatin1String("localizer")), qPrintable(reason("scout.dcm")));
    QVERIFY2(reason("report.dcm").contains(QLatin1String("not an image")), qPrintable(reason("report.dcm")));
    QVERIFY2(reason("screenshot.dcm").contains(QLatin1String("secondary capture")), qPrintable(reason("screenshot.dcm")));
    QVERIFY2(reason("notes.txt").contains(QLatin1String("not a DICOM file")), qPrintable(reason("notes.txt")));
    QVERIFY2(reason("empty.dcm").contains(QLatin1String("empty file (0 bytes)")), qPrintable(reason("empty.dcm")));
  }

  void filesThatWouldAbortTheParserAreSkippedWithTheirReason() {
    // Before the preflight, indexing this folder aborted the process (GDCM's assertion).
    QTemporaryDir dir;
    const fs::path cd = fs::path(dir.path().toStdString()) / "cd";
    SyntheticDicom::writeSeries(cd / "series", chest_);
    MalformedInput::writeFileWithALyingItem(cd / "DICOMDIR", "1.2.840.10008.1.3.10");
    MalformedInput::writeFileWithALyingItem(cd / "series" / "broken.dcm", "1.2.840.10008.5.1.4.1.1.2");  // CT Image Storage
    NullProgress progress;
    const DicomIndex index = DicomFolderIndexer::index(cd, progress);
    QCOMPARE(index.skipped.size(), std::size_t(2));
    for (const char* name : {"DICOMDIR", "broken.dcm"}) {
      const SkippedFile* s = skippedNamed(index, name);
      QVERIFY2(s, name);
      QVERIFY2(s->reason.contains(QLatin1String("malformed")) && s->reason.contains(QLatin1String("past the end of the file")),
               qPrintable(s->reason));
    }
    QCOMPARE(index.patients.size(), std::size_t(1));  // the good series is all there
    QCOMPARE(index.patients[0].studies[0].series[0].files.size(), std::size_t(6));
  }

  // Without our preflight, the same file reaches GDCM, which aborts: in the indexing child process,
  // not in ours. The file is skipped with how the parser died, and every other file is indexed.
  void aParserThatAbortsCostsOnlyItsFile() {
    QTemporaryDir dir;
    const fs::path cd = fs::path(dir.path().toStdString()) / "cd";
    SyntheticDicom::writeSeries(cd / "series", chest_);
    MalformedInput::writeFileWithALyingItem(cd / "series" / "broken.dcm", "1.2.840.10008.5.1.4.1.1.2");
    std::vector<SkippedFile> unreadable;
    std::vector<fs::path> files = DicomFolderIndexer::listFiles(cd, unreadable);
    std::sort(files.begin(), files.end());  // broken.dcm among the slices, not last
    NullProgress progress;
    const DicomIndex index = DicomFolderIndexer::indexFiles(files, progress, 1, /*preflight=*/false);
    QCOMPARE(index.skipped.size(), std::size_t(1));
    QCOMPARE(index.skipped[0].file.filename().string(), std::string("broken.dcm"));
    QVERIFY2(index.skipped[0].reason.contains(QLatin1String("the DICOM parser failed on this file (signal 6 (Aborted))")),
             qPrintable(index.skipped[0].reason));
    QCOMPARE(index.patients.size(), std::size_t(1));
    QCOMPARE(index.patients[0].studies[0].series[0].files.size(), std::size_t(6));
  }

  void oneThreadAndTwoThreadsAgree() {
    NullProgress progress;
    const DicomIndex one = DicomFolderIndexer::index(root_, progress, 1);
    const DicomIndex two = DicomFolderIndexer::index(root_, progress, 2);
    QCOMPARE(one.findSeries(chest_.seriesUid)->files, two.findSeries(chest_.seriesUid)->files);
    QCOMPARE(one.skipped.size(), two.skipped.size());
  }

  void aFileSelectsItsOwnSeries() {
    NullProgress progress;
    const fs::path file = *fs::directory_iterator(root_ / "later" / "deep" / "thin");
    const LoadedStudy study = StudyLoader::load(file, {}, progress);
    QCOMPARE(study.volume.size()[2], 4);
    QCOMPARE(study.series->seriesInstanceUid, thin_.seriesUid);
  }

  void aFolderLoadsItsPreferredSeries() {
    NullProgress progress;
    const LoadedStudy study = StudyLoader::load(root_, {}, progress);
    QCOMPARE(study.volume.size()[2], 6);
  }

  void anEmptyFolderIsNotFound() {
    const fs::path empty = fs::path(tmp_.path().toStdString()) / "empty";
    fs::create_directories(empty);
    NullProgress progress;
    try {
      StudyLoader::load(empty, {}, progress);
      QFAIL("an empty folder has nothing to load");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::NotFound);
      QVERIFY2(e.message().contains(QLatin1String("no DICOM images")), qPrintable(e.message()));
    }
  }

  void aFolderWithoutCtSaysSoAndWhy() {
    const fs::path folder = fs::path(tmp_.path().toStdString()) / "onlyreports";
    fs::create_directories(folder);
    SyntheticDicom::writeStructuredReport(folder / "sr.dcm", chest_);
    NullProgress progress;
    try {
      StudyLoader::load(folder, {}, progress);
      QFAIL("no CT to load");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::NotFound);
      QVERIFY2(e.message().contains(QLatin1String("sr.dcm")), qPrintable(e.message()));
    }
  }

  void aMissingPathIsNotFound() {
    NullProgress progress;
    try {
      DicomFolderIndexer::index("/nonexistent/heaorta", progress);
      QFAIL("must throw");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::NotFound);
    }
  }
};

QTEST_GUILESS_MAIN(DicomFolderIndexerTest)
#include "DicomFolderIndexerTest.moc"
