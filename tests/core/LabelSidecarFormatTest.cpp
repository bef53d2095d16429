// The JSON beside a saved label map: what is written reads back; damage, another grid and a bone
// mask named outside the label map's folder are refused with the file named.
#include "core/io/LabelSidecarFormat.h"
#include "core/util/Error.h"

#include <QTest>

using namespace heaorta;

class LabelSidecarFormatTest : public QObject {
  Q_OBJECT
  const ImageGeometry grid_{{8, 6, 4}, {0.7, 0.7, 3}, {0, 0, 0}, Eigen::Matrix3d::Identity()};

  void refused(const QByteArray& json, const char* why) {
    try {
      LabelSidecarFormat::parse(json, grid_, QStringLiteral("labels.nii.gz.heaorta.json"));
      QFAIL(why);
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY2(e.message().startsWith(QLatin1String("labels.nii.gz.heaorta.json: ")), qPrintable(e.message()));
    }
  }

 private Q_SLOTS:
  void whatIsWrittenReadsBack() {
    ArteryAssignments arteries(grid_);
    arteries.assign(1, 2, 0, Artery::LAD);
    arteries.assign(7, 5, 3, Artery::Excluded);
    const QJsonObject edits{{"steps", 3}};
    const QByteArray json = LabelSidecarFormat::write(arteries, QStringLiteral("labels-bone.nii.gz"), edits, QStringLiteral("reader"));
    const auto c = LabelSidecarFormat::parse(json, grid_, QStringLiteral("x"));
    QCOMPARE(c.arteries.at(1, 2, 0), Artery::LAD);
    QCOMPARE(c.arteries.at(7, 5, 3), Artery::Excluded);
    QCOMPARE(c.arteries.at(0, 0, 0), Artery::Unassigned);
    QCOMPARE(c.boneFile, QStringLiteral("labels-bone.nii.gz"));
    QCOMPARE(c.provenance, edits);
    QCOMPARE(c.origin, QStringLiteral("reader"));
    QVERIFY(LabelSidecarFormat::parse(LabelSidecarFormat::write(arteries, {}, {}, {}), grid_, QStringLiteral("x")).boneFile.isEmpty());
  }

  void damageAnotherGridAndPathsOutsideAreRefused() {
    const QByteArray head = R"({"size":[8,6,4],"artery_assignments":)";
    refused("not json", "text was read");
    refused(R"({"size":[8,6,5],"artery_assignments":[]})", "another grid was read");
    refused(head + R"([[8,0,0,"LAD"]]})", "an assignment outside the grid was read");
    refused(head + R"([[1,1,1,"XYZ"]]})", "an unknown artery was read");
    refused(head + R"([[1,1,1]]})", "a short assignment was read");
    for (const char* bone : {"../../etc/passwd", "/etc/passwd", "sub/bone.nii", "..", "a\\\\b.nii"})
      refused(head + R"([],"bone_mask":")" + bone + R"("})", bone);
  }
};

QTEST_GUILESS_MAIN(LabelSidecarFormatTest)
#include "LabelSidecarFormatTest.moc"
