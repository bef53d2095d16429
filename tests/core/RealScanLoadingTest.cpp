#include "core/dicom/DicomFolderIndexer.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/study/StudyLoader.h"
#include "tests/support/SyntheticDicom.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

struct BoxStats {
  double mean = 0;
  int max = 0;
};

BoxStats box(const Volume& v, int i, int j, int k, int r) {
  BoxStats s{0, -32768};
  int n = 0;
  for (int jj = j - r; jj <= j + r; ++jj)
    for (int ii = i - r; ii <= i + r; ++ii) {
      s.mean += v.at(ii, jj, k);
      s.max = std::max(s.max, static_cast<int>(v.at(ii, jj, k)));
      ++n;
    }
  s.mean /= n;
  return s;
}

}  // namespace

class RealScanLoadingTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private Q_SLOTS:
  void nonContrastChestCtHasTheRightGridAndHounsfieldUnits() {
    NullProgress progress;
    const LoadedStudy study = StudyLoader::load(sharedData("chest-ct-noncontrast"), {}, progress);
    const Volume& v = study.volume;
    const ImageGeometry& g = v.geometry();
    QCOMPARE(g.size, (Index3{512, 512, 64}));
    QVERIFY(std::abs(g.spacing[0] - 0.841796875) < 1e-9 && std::abs(g.spacing[1] - 0.841796875) < 1e-9);
    QVERIFY(std::abs(g.spacing[2] - 5.0) < 1e-6);
    // Files are numbered head to feet; the volume starts at the lowest slice (z = -439 mm).
    QVERIFY((g.origin - Eigen::Vector3d(-228.036842, -93.0631599, -439.0)).norm() < 1e-4);
    QCOMPARE(g.orientationCode(), std::string("LPS"));
    // Known anatomy on slice 20 (z = -339 mm, heart level) and 40 (aortic arch level).
    const BoxStats air = box(v, 256, 100, 20, 4);    // in front of the chest
    const BoxStats heart = box(v, 290, 225, 20, 4);  // blood in the heart
    const BoxStats aorta = box(v, 262, 240, 40, 4);  // ascending aorta
    const BoxStats lung = box(v, 150, 250, 20, 5);
    const BoxStats vertebra = box(v, 250, 385, 20, 12);  // vertebral body and its cortex
    QVERIFY2(std::abs(air.mean + 1000) < 15, qPrintable(QString::number(air.mean)));
    QVERIFY2(heart.mean > 20 && heart.mean < 60, qPrintable(QString::number(heart.mean)));
    QVERIFY2(aorta.mean > 20 && aorta.mean < 70, qPrintable(QString::number(aorta.mean)));
    QVERIFY2(lung.mean < -800 && lung.mean > -950, qPrintable(QString::number(lung.mean)));
    QVERIFY2(vertebra.max > 500, qPrintable(QString::number(vertebra.max)));
    const ScanMetadata& m = v.metadata();
    QCOMPARE(m.kvp.value_or(0), 120.0);
    QCOMPARE(m.sliceThicknessMm.value_or(0), 5.0);
    QCOMPARE(m.convolutionKernel, std::string("B"));
    QCOMPARE(m.manufacturer, std::string("Philips"));
    QVERIFY(!m.contrastAgentRecorded());
    QCOMPARE(*m.patientAgeYears(), 58);
    QCOMPARE(m.sliceSopInstanceUids.size(), std::size_t(64));
    QVERIFY(m.loadNotices.empty());
  }

  void bundledDemoStudyIsTheSharedScanLosslessly() {
    // resources/demo holds the shared series re-encoded as JPEG-LS to keep the repository small.
    NullProgress progress;
    const LoadedStudy demo = StudyLoader::load(sourceDir() / "resources/demo/chest-ct", {}, progress);
    const LoadedStudy original = StudyLoader::load(sharedData("chest-ct-noncontrast"), {}, progress);
    QVERIFY(demo.volume.geometry().sameGrid(original.volume.geometry()));
    QVERIFY(demo.volume.voxels() == original.volume.voxels());
    QCOMPARE(demo.volume.metadata().kvp, original.volume.metadata().kvp);
  }

  void jpeg2000DecodesToTheSameHounsfieldUnitsAsItsUncompressedRewrite() {
    // The files lack SOP and series UIDs (anonymised), which gdcmconv refuses to write:
    // fill them in with dcmodify first, then decompress with gdcmconv.
    const fs::path rewritten = fs::path(tmp_.path().toStdString()) / "raw";
    fs::create_directories(rewritten);
    int n = 0;
    for (const auto& entry : fs::directory_iterator(sharedData("dicom-jpeg2000"))) {
      const fs::path copy = rewritten / ("j2k-" + std::to_string(n) + ".dcm");
      const fs::path raw = rewritten / ("raw-" + std::to_string(n) + ".dcm");
      fs::copy_file(entry.path(), copy);
      QCOMPARE(runTool(QStringLiteral("dcmodify"),
                       {QStringLiteral("-nb"), QStringLiteral("-m"), QStringLiteral("(0008,0016)=1.2.840.10008.5.1.4.1.1.2"), QStringLiteral("-m"),
                        QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.9.7433.5.%1").arg(n), QStringLiteral("-m"),
                        QStringLiteral("(0020,000e)=1.2.826.0.1.3680043.9.7433.5"), QString::fromStdString(copy.string())}),
               0);
      QCOMPARE(
          runTool(QStringLiteral("gdcmconv"), {QStringLiteral("--raw"), QString::fromStdString(copy.string()), QString::fromStdString(raw.string())}),
          0);
      fs::remove(copy);
      ++n;
    }
    QCOMPARE(n, 20);
    NullProgress progress;
    const LoadedStudy j2k = StudyLoader::load(sharedData("dicom-jpeg2000"), {}, progress);
    const LoadedStudy raw = StudyLoader::load(rewritten, {}, progress);
    QCOMPARE(j2k.volume.size(), (Index3{512, 512, 20}));
    QVERIFY(j2k.volume.geometry().sameGrid(raw.volume.geometry()));
    QVERIFY(j2k.volume.voxels() == raw.volume.voxels());
    const HuRange range = j2k.volume.huRange();
    QVERIFY(range.min <= -1000 && range.max > 1000);
    // Contrast-enhanced, 3 mm slices every 2 mm: both facts must reach the scorer.
    QVERIFY(j2k.volume.metadata().contrastAgentRecorded());
    QCOMPARE(j2k.volume.metadata().sliceThicknessMm.value_or(0), 3.0);
    QVERIFY(std::abs(j2k.volume.metadata().sliceIncrementMm.value_or(0) - 2.0) < 1e-6);
  }

  void anonymisedSeriesWithoutUidIsStillOneSeries() {
    NullProgress progress;
    const DicomIndex index = DicomFolderIndexer::index(sharedData("dicom-jpeg2000"), progress);
    QCOMPARE(index.allSeries().size(), std::size_t(1));
    QCOMPARE(index.allSeries().front()->files.size(), std::size_t(20));
  }

  void niftiCropAndItsLabelsShareOneGrid() {
    const Volume ct = VolumeFileIO::readVolume(sharedData("chest-cta-crop/ct.nii.gz"));
    const LabelMap labels = VolumeFileIO::readLabelMap(sharedData("chest-cta-crop/labels.nii.gz"));
    QCOMPARE(ct.size(), (Index3{120, 126, 164}));
    QVERIFY(ct.geometry().sameGrid(labels.geometry()));
    QVERIFY(labels.count(Heart) > 100000);
    QVERIFY(labels.count(2) > 10000);
    // Contrast-enhanced blood inside the heart label: well above non-contrast blood.
    std::vector<int16_t> blood;
    for (std::size_t n = 0; n < labels.voxels().size(); ++n)
      if (labels.voxels()[n] == Heart) blood.push_back(ct.voxels()[n]);
    std::nth_element(blood.begin(), blood.begin() + blood.size() / 2, blood.end());
    QVERIFY2(blood[blood.size() / 2] > 150, qPrintable(QString::number(blood[blood.size() / 2])));
  }

  void realSeriesAndItsDcm2niixConversionAgreeVoxelForVoxel() {
    const fs::path out = fs::path(tmp_.path().toStdString()) / "d2n";
    fs::create_directories(out);
    QCOMPARE(runTool(QStringLiteral("dcm2niix"),
                     {QStringLiteral("-z"), QStringLiteral("n"), QStringLiteral("-f"), QStringLiteral("ct"), QStringLiteral("-o"),
                      QString::fromStdString(out.string()), QString::fromStdString(sharedData("chest-ct-noncontrast").string())}),
             0);
    NullProgress progress;
    const LoadedStudy dicom = StudyLoader::load(sharedData("chest-ct-noncontrast"), {}, progress);
    const Volume nifti = VolumeFileIO::readVolume(out / "ct.nii");
    QVERIFY(LabelMapAligner::voxelCentresCoincide(nifti.geometry(), dicom.volume.geometry()));
    const ImageGeometry& g = dicom.volume.geometry();
    for (int k = 0; k < g.size[2]; k += 7)
      for (int j = 0; j < g.size[1]; j += 3)
        for (int i = 0; i < g.size[0]; i += 3) {
          const Index3 q = nifti.geometry().nearestVoxel(g.indexToPatient(Eigen::Vector3d(i, j, k)));
          if (dicom.volume.at(i, j, k) != nifti.at(q[0], q[1], q[2])) QFAIL("voxel mismatch");
        }
  }
};

QTEST_GUILESS_MAIN(RealScanLoadingTest)
#include "RealScanLoadingTest.moc"
