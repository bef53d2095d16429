#include "core/dicom/DicomSeriesLoader.h"
#include "core/util/Error.h"
#include "tests/support/SyntheticDicom.h"

#include <Eigen/Geometry>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <gdcmReader.h>
#include <gdcmWriter.h>
#include <unistd.h>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

Q_DECLARE_METATYPE(Eigen::Matrix3d)

namespace {

SyntheticSeries axialSeries(int slices = 7, double spacing = 2.5) {
  SyntheticSeries s;
  s.stackAlongNormal(slices, spacing);
  return s;
}

// Every voxel equals the synthetic HU of its slice in spatial order.
void verifyVoxels(const Volume& v, const SyntheticSeries& s) {
  QCOMPARE(v.size(), (Index3{s.columns, s.rows, static_cast<int>(s.positions.size())}));
  for (int k = 0; k < v.size()[2]; ++k)
    for (int j = 0; j < v.size()[1]; ++j)
      for (int i = 0; i < v.size()[0]; ++i)
        if (v.at(i, j, k) != static_cast<int16_t>(std::lround(s.hu(i, j, k))))
          QFAIL(qPrintable(QStringLiteral("voxel (%1,%2,%3) is %4, expected %5").arg(i).arg(j).arg(k).arg(v.at(i, j, k)).arg(s.hu(i, j, k))));
}

Volume load(const std::vector<fs::path>& files, const DicomLoadOptions& options = {}) {
  NullProgress progress;
  return DicomSeriesLoader::load(files, options, progress);
}

HeaortaError loadError(const std::vector<fs::path>& files, const DicomLoadOptions& options = {}) {
  try {
    load(files, options);
  } catch (const HeaortaError& e) {
    return e;
  }
  return HeaortaError(static_cast<ErrorCode>(-1), QStringLiteral("no error"));
}

std::vector<fs::path> filesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(folder)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

class DicomSeriesLoaderTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  int folderCount_ = 0;

  fs::path newFolder() { return fs::path(tmp_.path().toStdString()) / ("s" + std::to_string(folderCount_++)); }

 private Q_SLOTS:
  void geometryAndVoxelsFollowPositionsNotFileNames_data() {
    QTest::addColumn<Eigen::Matrix3d>("axes");
    QTest::newRow("axial") << Eigen::Matrix3d(Eigen::Matrix3d::Identity());
    QTest::newRow("flipped rows and columns") << Eigen::Matrix3d(Eigen::Vector3d(-1, -1, 1).asDiagonal());
    QTest::newRow("coronal") << (Eigen::Matrix3d() << 1, 0, 0, 0, 0, -1, 0, -1, 0).finished();
    QTest::newRow("oblique") << Eigen::Matrix3d(Eigen::AngleAxisd(0.35, Eigen::Vector3d(1, -2, 0.5).normalized()).toRotationMatrix());
  }

  void geometryAndVoxelsFollowPositionsNotFileNames() {
    QFETCH(Eigen::Matrix3d, axes);
    SyntheticSeries s;
    s.rowDirection = axes.col(0);
    s.columnDirection = axes.col(1);
    s.stackAlongNormal(7, 2.5, {12.5, -40.25, 100});
    const auto files = SyntheticDicom::writeSeries(newFolder(), s);
    const Volume v = load(filesIn(files.front().parent_path()));  // alphabetical = shuffled
    verifyVoxels(v, s);
    const ImageGeometry& g = v.geometry();
    QVERIFY((g.origin - s.positions.front()).norm() < 1e-6);
    QVERIFY((g.direction.col(0) - s.rowDirection).norm() < 1e-6);
    QVERIFY((g.direction.col(1) - s.columnDirection).norm() < 1e-6);
    QVERIFY((g.spacing - Eigen::Vector3d(0.7, 0.8, 2.5)).norm() < 1e-6);
    // Voxel (i, j, k) lies where the DICOM header of slice k says pixel (i, j) is.
    const Eigen::Vector3d expected = s.positions[4] + 3 * 0.7 * s.rowDirection + 5 * 0.8 * s.columnDirection;
    QVERIFY((g.indexToPatient({3, 5, 4}) - expected).norm() < 1e-6);
  }

  void storedValuesBecomeHounsfieldUnits_data() {
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<bool>("signedPixels");
    QTest::addColumn<int>("bitsStored");
    QTest::addColumn<unsigned>("garbage");
    QTest::newRow("unsigned 16, -1024") << 1.0 << -1024.0 << false << 16 << 0u;
    QTest::newRow("signed 16, 0") << 1.0 << 0.0 << true << 16 << 0u;
    QTest::newRow("unsigned 12 with overlay bits") << 1.0 << -1024.0 << false << 12 << 0xf000u;
    QTest::newRow("signed 12 with overlay bits") << 1.0 << 0.0 << true << 12 << 0xa000u;
    QTest::newRow("slope 2") << 2.0 << -2048.0 << false << 16 << 0u;
    QTest::newRow("slope 0.5") << 0.5 << -1000.0 << false << 16 << 0u;
  }

  void storedValuesBecomeHounsfieldUnits() {
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(bool, signedPixels);
    QFETCH(int, bitsStored);
    QFETCH(unsigned, garbage);
    SyntheticSeries s = axialSeries(4);
    s.rescaleSlope = slope;
    s.rescaleIntercept = intercept;
    s.signedPixels = signedPixels;
    s.bitsStored = bitsStored;
    s.garbageHighBits = garbage;
    // Even values fit every row: slope 2 stores HU/2, 12 bits hold -1000..-300.
    s.hu = [](int i, int j, int k) { return -1000 + 2 * i + 20 * j + 200 * k; };
    const Volume v = load(SyntheticDicom::writeSeries(newFolder(), s));
    verifyVoxels(v, s);
  }

  void everyTransferSyntaxDecodesToTheSameHounsfieldUnits_data() {
    QTest::addColumn<QString>("transferSyntax");
    QTest::newRow("implicit VR little endian") << QStringLiteral("1.2.840.10008.1.2");
    QTest::newRow("JPEG lossless") << QStringLiteral("1.2.840.10008.1.2.4.70");
    QTest::newRow("JPEG-LS lossless") << QStringLiteral("1.2.840.10008.1.2.4.80");
    QTest::newRow("JPEG 2000 lossless") << QStringLiteral("1.2.840.10008.1.2.4.90");
    QTest::newRow("RLE lossless") << QStringLiteral("1.2.840.10008.1.2.5");
  }

  void everyTransferSyntaxDecodesToTheSameHounsfieldUnits() {
    QFETCH(QString, transferSyntax);
    SyntheticSeries s = axialSeries(5);
    s.transferSyntax = transferSyntax.toStdString();
    // Air, soft tissue, calcium and metal in one slice.
    s.hu = [](int i, int j, int k) { return (i * 37 + j * 101 + k * 13) % 4000 - 1024; };
    const auto files = SyntheticDicom::writeSeries(newFolder(), s);
    QString dump;
    runTool(QStringLiteral("gdcminfo"), {QString::fromStdString(files.front().string())}, &dump);
    QVERIFY2(dump.contains(transferSyntax), qPrintable(dump));
    verifyVoxels(load(files), s);
  }

  void enhancedCtFramesAreOrderedByTheirFunctionalGroups() {
    SyntheticSeries s = axialSeries(6, 1.25);
    s.rowDirection = Eigen::Vector3d(0, 1, 0);
    s.columnDirection = Eigen::Vector3d(0, 0, -1);  // sagittal frames
    s.stackAlongNormal(6, 1.25);
    const fs::path file = newFolder() / "enhanced.dcm";
    fs::create_directories(file.parent_path());
    SyntheticDicom::writeEnhancedCt(file, s, {3, 0, 5, 1, 4, 2});
    const Volume v = load({file});
    verifyVoxels(v, s);
    QVERIFY((v.geometry().direction.col(2) - s.normal()).norm() < 1e-9);
    QCOMPARE(v.metadata().sliceThicknessMm.value_or(0), 2.0);
  }

  void gantryTiltIsResampledOntoAnOrthogonalGrid() {
    SyntheticSeries s = axialSeries(5, 2.0);
    // Each slice shifted one row (0.8 mm) further along y: a tilt of atan(0.8 / 2) = 21.8 degrees.
    for (int k = 0; k < 5; ++k) s.positions[k] += Eigen::Vector3d(0, 0.8 * k, 0);
    const Volume v = load(SyntheticDicom::writeSeries(newFolder(), s));
    QCOMPARE(v.metadata().loadNotices.front().code, QStringLiteral("gantry-tilt"));
    QVERIFY(v.metadata().loadNotices.front().message.contains(QLatin1String("21.8")));
    for (int k = 0; k < 5; ++k)
      for (int j = 0; j < s.rows; ++j)
        for (int i = 0; i < s.columns; ++i) {
          const int expected = j - k >= 0 ? static_cast<int>(s.hu(i, j - k, k)) : -1024;
          QCOMPARE(static_cast<int>(v.at(i, j, k)), expected);
        }
    DicomLoadOptions strict;
    strict.stack.correctGantryTilt = false;
    QCOMPARE(loadError(SyntheticDicom::writeSeries(newFolder(), s), strict).code(), ErrorCode::Unsupported);
  }

  void missingSlicesAreRefusedOrInterpolatedOnRequest() {
    SyntheticSeries s = axialSeries(7, 2.0);
    auto files = SyntheticDicom::writeSeries(newFolder(), s);
    fs::remove(files[3]);
    files.erase(files.begin() + 3);
    const HeaortaError e = loadError(files);
    QCOMPARE(e.code(), ErrorCode::InvalidInput);
    QVERIFY2(e.message().contains(QString::fromStdString(files[2].filename().string())), qPrintable(e.message()));
    DicomLoadOptions allow;
    allow.stack.resampleMissingSlices = true;
    const Volume v = load(files, allow);
    verifyVoxels(v, s);  // HU is linear in k, so interpolation restores slice 3 exactly
    QCOMPARE(v.metadata().loadNotices.front().code, QStringLiteral("missing-slices"));
  }

  void unevenSpacingIsResampledAndReported() {
    SyntheticSeries s = axialSeries(7);
    const std::vector<double> z = {0, 1, 2, 3, 4.4, 5.4, 6.4};
    s.positions.clear();
    for (double zz : z) s.positions.emplace_back(0, 0, zz);
    s.hu = [z](int i, int j, int k) { return i + 100 * j + 10 * z[static_cast<std::size_t>(k)]; };
    const Volume v = load(SyntheticDicom::writeSeries(newFolder(), s));
    QCOMPARE(v.size()[2], 7);
    QCOMPARE(v.geometry().spacing[2], 1.0);
    for (int k = 0; k < 7; ++k) QCOMPARE(static_cast<int>(v.at(2, 3, k)), 2 + 300 + 10 * k);
    QCOMPARE(v.metadata().loadNotices.front().code, QStringLiteral("non-uniform-spacing"));
  }

  void metadataNeededForScoringIsRead() {
    SyntheticSeries s = axialSeries(5, 1.5);
    s.kvp = 100;
    s.sliceThickness = 3.0;
    s.contrastAgent = "OMNIPAQUE";
    s.patientName = "Chen^Ta-Ming";
    const auto files = SyntheticDicom::writeSeries(newFolder(), s);
    const Volume v = load(files);
    const ScanMetadata& m = v.metadata();
    QCOMPARE(m.kvp.value_or(0), 100.0);
    QCOMPARE(m.sliceThicknessMm.value_or(0), 3.0);
    QVERIFY(std::abs(m.sliceIncrementMm.value_or(0) - 1.5) < 1e-9);
    QVERIFY(m.contrastAgentRecorded());
    QCOMPARE(m.patientName, std::string("Chen^Ta-Ming"));
    QCOMPARE(*m.patientAgeYears(), 61);
    QCOMPARE(m.convolutionKernel, std::string("STANDARD"));
    QCOMPARE(m.sliceSopInstanceUids.size(), std::size_t(5));
    QCOMPARE(m.sliceSopInstanceUids[2], s.seriesUid + ".3");
  }

  void oneThreadAndAllThreadsGiveTheSameVolume() {
    SyntheticSeries s = axialSeries(9);
    s.transferSyntax = "1.2.840.10008.1.2.4.80";
    const auto files = SyntheticDicom::writeSeries(newFolder(), s);
    DicomLoadOptions one;
    one.threads = 1;
    DicomLoadOptions two;
    two.threads = 2;
    QVERIFY(load(files, one).voxels() == load(files, two).voxels());
  }

  void truncatedFileIsNamedInTheError() {
    auto files = SyntheticDicom::writeSeries(newFolder(), axialSeries(4));
    fs::resize_file(files[2], fs::file_size(files[2]) - 100);
    const HeaortaError e = loadError(files);
    QCOMPARE(e.code(), ErrorCode::InvalidInput);
    QVERIFY2(e.message().contains(QString::fromStdString(files[2].filename().string())), qPrintable(e.message()));
    QVERIFY2(e.message().contains(QLatin1String("truncated")), qPrintable(e.message()));
  }

  void nonDicomFileIsRefused() {
    auto files = SyntheticDicom::writeSeries(newFolder(), axialSeries(4));
    const fs::path text = files.front().parent_path() / "readme.txt";
    std::ofstream(text) << "not an image";
    files.push_back(text);
    const HeaortaError e = loadError(files);
    QCOMPARE(e.code(), ErrorCode::InvalidInput);
    QVERIFY2(e.message().contains(QLatin1String("readme.txt")), qPrintable(e.message()));
  }

  void missingPixelDataIsReported() {
    auto files = SyntheticDicom::writeSeries(newFolder(), axialSeries(4));
    gdcm::Reader reader;
    reader.SetFileName(files[1].string().c_str());
    QVERIFY(reader.Read());
    reader.GetFile().GetDataSet().Remove(gdcm::Tag(0x7fe0, 0x0010));
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName(files[1].string().c_str());
    QVERIFY(writer.Write());
    const HeaortaError e = loadError(files);
    QCOMPARE(e.code(), ErrorCode::InvalidInput);
    QVERIFY2(e.message().contains(QLatin1String("no pixel data")), qPrintable(e.message()));
  }

  void nonCtModalityIsRefused() {
    SyntheticSeries s = axialSeries(4);
    s.modality = "MR";
    s.sopClassUid = "1.2.840.10008.5.1.4.1.1.4";
    const HeaortaError e = loadError(SyntheticDicom::writeSeries(newFolder(), s));
    QCOMPARE(e.code(), ErrorCode::Unsupported);
    QVERIFY2(e.message().contains(QLatin1String("MR")), qPrintable(e.message()));
  }

  void mixedSeriesAreRefused() {
    SyntheticSeries a = axialSeries(4);
    SyntheticSeries b = axialSeries(4);
    b.seriesUid += ".2";
    for (auto& p : b.positions) p.z() += 50;
    const fs::path folder = newFolder();
    auto files = SyntheticDicom::writeSeries(folder / "a", a);
    const auto more = SyntheticDicom::writeSeries(folder / "b", b);
    files.insert(files.end(), more.begin(), more.end());
    QCOMPARE(loadError(files).code(), ErrorCode::InvalidInput);
  }

  void twoSliceSeriesIsRefused() {
    const HeaortaError e = loadError(SyntheticDicom::writeSeries(newFolder(), axialSeries(2)));
    QCOMPARE(e.code(), ErrorCode::Unsupported);
    QVERIFY2(e.message().contains(QLatin1String("at least 3")), qPrintable(e.message()));
  }

  void unreadableFileIsReported() {
    if (geteuid() == 0) QSKIP("root reads every file; permissions cannot be tested as root");
    auto files = SyntheticDicom::writeSeries(newFolder(), axialSeries(4));
    fs::permissions(files[0], fs::perms::none);
    QCOMPARE(loadError(files).code(), ErrorCode::PermissionDenied);
  }

  void noFilesIsNotFound() { QCOMPARE(loadError({}).code(), ErrorCode::NotFound); }

  void cancellationStopsTheLoad() {
    CancellableProgress progress;
    progress.cancel();
    try {
      DicomSeriesLoader::load(SyntheticDicom::writeSeries(newFolder(), axialSeries(4)), {}, progress);
      QFAIL("a cancelled load must not return a volume");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
  }
};

QTEST_GUILESS_MAIN(DicomSeriesLoaderTest)
#include "DicomSeriesLoaderTest.moc"
