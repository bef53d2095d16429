#include "core/dicom/DicomSeriesLoader.h"
#include "core/io/LabelMapAligner.h"
#include "core/io/VolumeFileIO.h"
#include "core/util/Error.h"
#include "tests/support/SyntheticDicom.h"

#include <Eigen/Geometry>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

ImageGeometry obliqueFlippedGrid() {
  ImageGeometry g;
  g.size = {13, 11, 7};
  g.spacing = {0.75, 1.25, 2.5};
  g.origin = {-120.5, 33.25, -410.0};
  g.direction = Eigen::AngleAxisd(0.3, Eigen::Vector3d(0.3, 1, -0.4).normalized()).toRotationMatrix() * Eigen::Vector3d(-1, 1, -1).asDiagonal();
  return g;
}

LabelMap patternLabels(const ImageGeometry& g) {
  LabelMap labels(g);
  for (std::size_t n = 0; n < labels.voxels().size(); ++n) labels.voxels()[n] = static_cast<uint8_t>((n * 7) % 5);
  labels.at(0, 0, 0) = 255;
  return labels;
}

// For every voxel of `a`, the voxel of `b` at the same patient position has the same value.
template <typename T>
void expectSameVoxelsInSamePlaces(const VoxelImage<T>& a, const VoxelImage<T>& b) {
  QVERIFY(LabelMapAligner::voxelCentresCoincide(b.geometry(), a.geometry()));
  const ImageGeometry& ga = a.geometry();
  std::size_t compared = 0;
  for (int k = 0; k < ga.size[2]; ++k)
    for (int j = 0; j < ga.size[1]; ++j)
      for (int i = 0; i < ga.size[0]; ++i) {
        const Index3 q = b.geometry().nearestVoxel(ga.indexToPatient(Eigen::Vector3d(i, j, k)));
        if (a.at(i, j, k) != b.at(q[0], q[1], q[2])) QFAIL(qPrintable(QStringLiteral("voxel (%1,%2,%3) differs").arg(i).arg(j).arg(k)));
        ++compared;
      }
  QCOMPARE(compared, ga.voxelCount());
}

}  // namespace

class VolumeFileIOTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  fs::path path(const std::string& name) const { return fs::path(tmp_.path().toStdString()) / name; }

 private Q_SLOTS:
  void labelMapRoundTripIsIdentical_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("NIfTI gz") << QStringLiteral("labels.nii.gz");
    QTest::newRow("NIfTI") << QStringLiteral("labels.nii");
    QTest::newRow("NRRD") << QStringLiteral("labels.nrrd");
    QTest::newRow("MetaImage") << QStringLiteral("labels.mha");
  }

  void labelMapRoundTripIsIdentical() {
    QFETCH(QString, name);
    const LabelMap original = patternLabels(obliqueFlippedGrid());
    VolumeFileIO::writeLabelMap(original, path(name.toStdString()));
    const LabelMap back = VolumeFileIO::readLabelMap(path(name.toStdString()));
    QVERIFY(back.voxels() == original.voxels());
    QVERIFY(back.geometry().sameGrid(original.geometry(), 1e-4));
  }

  void volumeRoundTripKeepsVoxelsAndScoringMetadata() {
    Volume v(obliqueFlippedGrid());
    for (std::size_t n = 0; n < v.voxels().size(); ++n) v.voxels()[n] = static_cast<int16_t>(static_cast<int>(n % 3000) - 1024);
    v.metadata().kvp = 100;
    v.metadata().sliceThicknessMm = 3.0;
    v.metadata().contrastAgent = "IOPAMIDOL";
    v.metadata().manufacturer = "ACME";
    VolumeFileIO::writeVolume(v, path("ct.nii.gz"));
    QVERIFY(fs::exists(path("ct.json")));
    const Volume back = VolumeFileIO::readVolume(path("ct.nii.gz"));
    QVERIFY(back.voxels() == v.voxels());
    QVERIFY(back.geometry().sameGrid(v.geometry(), 1e-4));
    QCOMPARE(back.metadata().kvp.value_or(0), 100.0);
    QCOMPARE(back.metadata().sliceThicknessMm.value_or(0), 3.0);
    QVERIFY(back.metadata().contrastAgentRecorded());
    QCOMPARE(back.metadata().sourceFormat, std::string("NIfTI"));
  }

  void dicomAndItsDcm2niixConversionHaveTheSameVoxelsInTheSamePlaces() {
    SyntheticSeries s;
    s.rowDirection = Eigen::AngleAxisd(0.25, Eigen::Vector3d::UnitZ()) * Eigen::Vector3d::UnitX();
    s.columnDirection = Eigen::AngleAxisd(0.25, Eigen::Vector3d::UnitZ()) * Eigen::Vector3d::UnitY();
    s.stackAlongNormal(6, 2.0, {-50, 20, -300});
    s.hu = [](int i, int j, int k) { return (i * 31 + j * 17 + k * 7) % 2000 - 1000; };
    const auto files = SyntheticDicom::writeSeries(path("dicom"), s);
    fs::create_directories(path("nifti"));
    QString log;
    QCOMPARE(runTool(QStringLiteral("dcm2niix"),
                     {QStringLiteral("-z"), QStringLiteral("y"), QStringLiteral("-f"), QStringLiteral("ct"), QStringLiteral("-o"),
                      QString::fromStdString(path("nifti").string()), QString::fromStdString(path("dicom").string())},
                     &log),
             0);
    NullProgress progress;
    const Volume fromDicom = DicomSeriesLoader::load(files, {}, progress);
    const Volume fromNifti = VolumeFileIO::readVolume(path("nifti") / "ct.nii.gz");
    expectSameVoxelsInSamePlaces(fromDicom, fromNifti);
  }

  void nonIntegerLabelsAreRefused() {
    // A CT volume is not a label map: -1024 is not a label.
    Volume v(obliqueFlippedGrid());
    VolumeFileIO::writeVolume(v, path("notlabels.nii.gz"));
    try {
      VolumeFileIO::readLabelMap(path("notlabels.nii.gz"));
      QFAIL("must refuse");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY(e.message().contains(QLatin1String("notlabels.nii.gz")));
    }
  }

  void unreadableInputsGiveClearErrors() {
    std::ofstream(path("garbage.nii.gz")) << "this is not gzip";
    const auto codeOf = [](const fs::path& p) {
      try {
        VolumeFileIO::readVolume(p);
      } catch (const HeaortaError& e) {
        return e.code();
      }
      return static_cast<ErrorCode>(-1);
    };
    QCOMPARE(codeOf(path("garbage.nii.gz")), ErrorCode::InvalidInput);
    QCOMPARE(codeOf(path("missing.nii.gz")), ErrorCode::NotFound);
    QCOMPARE(codeOf(path("volume.png")), ErrorCode::Unsupported);
  }

  void aFailedWriteLeavesNothingBehind() {
    const LabelMap labels = patternLabels(obliqueFlippedGrid());
    try {
      VolumeFileIO::writeLabelMap(labels, path("no-such-folder") / "labels.nii.gz");
      QFAIL("must fail");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::WriteFailed);
    }
    QVERIFY(!fs::exists(path("no-such-folder")));
  }
};

QTEST_GUILESS_MAIN(VolumeFileIOTest)
#include "VolumeFileIOTest.moc"
