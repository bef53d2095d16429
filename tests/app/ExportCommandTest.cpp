// `heaorta export` as a script runs it: DICOM SEG valid by dciodvfy and read back by `score` to the
// same numbers, NIfTI with its ITK-SNAP label file, a 3D Slicer .seg.nrrd, and clear refusals.
#include "core/io/VolumeFileIO.h"
#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

namespace {

using Run = CliRun;

}  // namespace

class ExportCommandTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  QString demo_;
  QString labels_;

  QString path(const char* name) const { return tmp_.filePath(QLatin1String(name)); }
  QJsonObject score(const QString& labels) {
    const Run r = runCli({QStringLiteral("score"), demo_, QStringLiteral("--labels"), labels, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object();
  }

 private Q_SLOTS:
  void initTestCase() {
    demo_ = QString::fromStdString((sourceDir() / "resources/demo/chest-ct").string());
    labels_ = path("labels.nii.gz");
    const Run r = runCli({QStringLiteral("segment"), demo_, QStringLiteral("-o"), labels_});
    QVERIFY2(r.exitCode == 0, r.err.constData());
  }

  void dicomSegIsValidAndScoresTheSame() {
    const Run r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--format"), QStringLiteral("seg"),
                          QStringLiteral("-o"), path("seg.dcm")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString report;
    runTool(QStringLiteral("dciodvfy"), {path("seg.dcm")}, &report);
    QVERIFY2(report.contains(QLatin1String("Segmentation")) && !report.contains(QLatin1String("Error")), qPrintable(report));
    // Read back with dcmseg onto the CT grid: the same label map, so the same numbers.
    const QJsonObject fromNifti = score(labels_), fromSeg = score(path("seg.dcm"));
    QVERIFY(fromNifti[QStringLiteral("heart_volume_ml")].toDouble() > 400);
    for (const char* key : {"heart_volume_ml", "ascending_aorta_volume_ml", "descending_aorta_volume_ml", "pericardial_fat_ml"})
      QCOMPARE(fromSeg[QLatin1String(key)].toDouble(), fromNifti[QLatin1String(key)].toDouble());
  }

  void niftiComesWithAnItkSnapLabelFile() {
    const Run r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--format"), QStringLiteral("nifti"),
                          QStringLiteral("-o"), path("annotated.nii.gz")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile description(path("annotated-labels.txt"));
    QVERIFY(description.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(description.readAll());
    QVERIFY2(text.contains(QStringLiteral("    1   235   70   70     1   1   1  \"Heart\"")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"Descending aorta\"")));
    QVERIFY(VolumeFileIO::readLabelMap(path("annotated.nii.gz").toStdString()).voxels() ==
            VolumeFileIO::readLabelMap(labels_.toStdString()).voxels());
  }

  void slicerSegmentationNamesItsSegments() {
    const Run r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--format"), QStringLiteral("slicer"),
                          QStringLiteral("-o"), path("heart.seg.nrrd")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(path("heart.seg.nrrd"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(8192);
    for (const char* field : {"Segment0_Name:=Heart", "Segment0_LabelValue:=1", "Segment1_Name:=Ascending aorta", "Segment2_LabelValue:=3",
                              "Segmentation_MasterRepresentation:=Binary labelmap", "SCT^80891009^Heart"})
      QVERIFY2(header.contains(field), field);
    QVERIFY(VolumeFileIO::readLabelMap(path("heart.seg.nrrd").toStdString()).voxels() == VolumeFileIO::readLabelMap(labels_.toStdString()).voxels());
  }

  void refusalsAreClear() {
    // A NIfTI study has no DICOM images for a SEG to reference.
    const QString nifti = path("ct.nii.gz");
    QCOMPARE(runCli({QStringLiteral("convert"), demo_, QStringLiteral("-o"), nifti}).exitCode, 0);
    Run r = runCli({QStringLiteral("export"), nifti, QStringLiteral("--labels"), labels_, QStringLiteral("--format"), QStringLiteral("seg"),
                    QStringLiteral("-o"), path("none.dcm")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("not loaded from DICOM"), r.err.constData());
    QVERIFY(!QFile::exists(path("none.dcm")));
    r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("--format"), QStringLiteral("slicer"),
                QStringLiteral("-o"), path("wrong.nrrd")});
    QCOMPARE(r.exitCode, 3);
    r = runCli({QStringLiteral("export"), demo_, QStringLiteral("--labels"), labels_, QStringLiteral("-o"), path("x.dcm")});
    QCOMPARE(r.exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "ExportCommandTest.moc"
