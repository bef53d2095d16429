// DICOM SEG written with dcmseg: valid by dciodvfy, references the source images, and read back
// (with dcmseg, frame by frame) into the identical label map, also for a flipped column direction.
#include "core/dicom/DicomSegExport.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/util/Error.h"
#include "tests/support/SyntheticDicom.h"

#include <QTemporaryDir>
#include <QTest>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace heaorta;
using namespace heaorta::test;

namespace {

LabelMap shapes(const ImageGeometry& g) {
  LabelMap labels(g);
  for (int k = 1; k < g.size[2] - 1; ++k)  // the first and last slices stay empty: no frames
    for (int j = 0; j < g.size[1]; ++j)
      for (int i = 0; i < g.size[0]; ++i) {
        if (std::hypot(i - 8.0, j - 6.0) < 3.5) labels.at(i, j, k) = Heart;
        if (i == 2 && j == 2) labels.at(i, j, k) = AscendingAorta;
        if (i >= 13 && j >= 9 && k == 2) labels.at(i, j, k) = DescendingAorta;
      }
  return labels;
}

}  // namespace

class DicomSegExportTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  int folders_ = 0;

  Volume loadSeries(const SyntheticSeries& series) {
    const std::filesystem::path folder = std::filesystem::path(tmp_.path().toStdString()) / std::to_string(folders_++);
    std::filesystem::create_directories(folder);
    NullProgress progress;
    return DicomSeriesLoader::load(SyntheticDicom::writeSeries(folder, series), {}, progress);
  }

 private Q_SLOTS:
  void roundTrip_data() {
    QTest::addColumn<bool>("flippedColumns");
    QTest::addColumn<bool>("edited");
    QTest::newRow("column direction [0,1,0], automatic") << false << false;
    QTest::newRow("column direction [0,-1,0], semiautomatic") << true << true;
  }
  void roundTrip() {
    QFETCH(bool, flippedColumns);
    QFETCH(bool, edited);
    SyntheticSeries series;
    if (flippedColumns) series.columnDirection = -Eigen::Vector3d::UnitY();
    series.stackAlongNormal(6, 2.5);
    const Volume ct = loadSeries(series);
    const LabelMap labels = shapes(ct.geometry());
    VoxelImage<uint8_t> calcium(ct.geometry(), 0);
    calcium.at(8, 6, 3) = 1;
    const QString file = tmp_.filePath(QStringLiteral("seg-%1.dcm").arg(folders_));
    DicomSegWriter::write(labels, ct, file.toStdString(), {edited, QStringLiteral("anatomical-fallback"), &calcium});

    QString report;
    runTool(QStringLiteral("dciodvfy"), {file}, &report);
    QVERIFY2(report.contains(QLatin1String("Segmentation")), qPrintable(report));  // dciodvfy ran and knew the IOD
    QVERIFY2(!report.contains(QLatin1String("Error")), qPrintable(report));
    if (qEnvironmentVariableIsSet("HEAORTA_KEEP_SEG"))
      QFile::copy(file, QString::fromLocal8Bit(qgetenv("HEAORTA_KEEP_SEG")) + QStringLiteral("/%1.dcm").arg(folders_));

    DcmFileFormat dicom;
    QVERIFY(dicom.loadFile(file.toLocal8Bit().constData()).good());
    DcmDataset* ds = dicom.getDataset();
    OFString value;
    ds->findAndGetOFString(DCM_Modality, value);
    QCOMPARE(QString::fromLatin1(value.c_str()), QStringLiteral("SEG"));
    ds->findAndGetOFString(DCM_StudyInstanceUID, value);
    QCOMPARE(value.c_str(), ct.metadata().studyInstanceUid.c_str());
    ds->findAndGetOFString(DCM_SegmentAlgorithmType, value, 0, OFTrue);
    QCOMPARE(QString::fromLatin1(value.c_str()), edited ? QStringLiteral("SEMIAUTOMATIC") : QStringLiteral("AUTOMATIC"));
    ds->findAndGetOFString(DCM_ReferencedSOPInstanceUID, value, 0, OFTrue);
    QVERIFY(std::find(ct.metadata().sliceSopInstanceUids.begin(), ct.metadata().sliceSopInstanceUids.end(), value.c_str()) !=
            ct.metadata().sliceSopInstanceUids.end());
    Sint32 frames = 0;
    ds->findAndGetSint32(DCM_NumberOfFrames, frames);
    QCOMPARE(frames, 4 + 4 + 1 + 1);  // heart and ascending aorta on 4 slices, descending on 1, calcium on 1

    QVERIFY(DicomSegReader::isSegmentation(file.toStdString()));
    const LabelMap back = DicomSegReader::read(file.toStdString(), ct.geometry());
    QVERIFY(back.voxels() == labels.voxels());
  }

  void aStudyNotFromDicomIsRefusedWithAReason() {
    Volume ct(ImageGeometry{{4, 4, 3}, {1, 1, 1}, {0, 0, 0}, Eigen::Matrix3d::Identity()});
    LabelMap labels(ct.geometry());
    labels.at(1, 1, 1) = Heart;
    try {
      DicomSegWriter::write(labels, ct, tmp_.filePath(QStringLiteral("none.dcm")).toStdString(), {});
      QFAIL("a SEG without source images was written");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::Unsupported);
      QVERIFY(!QFile::exists(tmp_.filePath(QStringLiteral("none.dcm"))));
    }
  }

  void aFileThatIsNotASegIsRefused() {
    SyntheticSeries series;
    series.stackAlongNormal(3, 2.0);
    const std::filesystem::path folder = std::filesystem::path(tmp_.path().toStdString()) / "ct";
    std::filesystem::create_directories(folder);
    const auto files = SyntheticDicom::writeSeries(folder, series);
    QVERIFY(!DicomSegReader::isSegmentation(files.front()));
    // The parser runs in a child process; its refusal comes back with its code and message.
    try {
      DicomSegReader::read(files.front(), ImageGeometry{{16, 12, 3}, {1, 1, 1}, {0, 0, 0}, Eigen::Matrix3d::Identity()});
      QFAIL("a CT slice was read as a SEG");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY2(e.message().contains(QString::fromStdString(files.front().string())), qPrintable(e.message()));
    }
  }

  void aCutShortSegIsRefusedAndNothingElseIsLost() {
    SyntheticSeries series;
    series.stackAlongNormal(6, 2.5);
    const Volume ct = loadSeries(series);
    const LabelMap labels = shapes(ct.geometry());
    const QString file = tmp_.filePath(QStringLiteral("whole.dcm"));
    DicomSegWriter::write(labels, ct, file.toStdString(), {});
    QFile whole(file);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    for (const double part : {0.3, 0.6, 0.95}) {
      const QString cut = tmp_.filePath(QStringLiteral("cut-%1.dcm").arg(part));
      QFile out(cut);
      QVERIFY(out.open(QIODevice::WriteOnly));
      out.write(bytes.left(static_cast<int>(bytes.size() * part)));
      out.close();
      try {
        DicomSegReader::read(cut.toStdString(), ct.geometry());
        QFAIL(qPrintable(QStringLiteral("a SEG cut at %1 was read").arg(part)));
      } catch (const HeaortaError& e) {
        qInfo("cut at %.2f: %s", part, qPrintable(e.message()));
        QVERIFY2(e.message().contains(cut), qPrintable(e.message()));
      }
    }
    // The whole file still reads, in this process's next call.
    QVERIFY(DicomSegReader::read(file.toStdString(), ct.geometry()).voxels() == labels.voxels());
  }
};

QTEST_GUILESS_MAIN(DicomSegExportTest)
#include "DicomSegExportTest.moc"
