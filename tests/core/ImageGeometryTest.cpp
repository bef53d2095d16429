#include "core/model/ImageGeometry.h"

#include <Eigen/Geometry>
#include <QTest>

using namespace heaorta;

class ImageGeometryTest : public QObject {
  Q_OBJECT

 private:
  static ImageGeometry oblique() {
    ImageGeometry g;
    g.size = {20, 30, 40};
    g.spacing = {0.7, 0.9, 2.5};
    g.origin = {-100.25, 50.5, 12.0};
    g.direction = Eigen::AngleAxisd(0.4, Eigen::Vector3d(1, 2, 3).normalized()).toRotationMatrix();
    return g;
  }

 private Q_SLOTS:
  void identityMapsIndexToOriginPlusSpacing() {
    ImageGeometry g;
    g.size = {4, 5, 6};
    g.spacing = {0.5, 0.25, 3.0};
    g.origin = {10, 20, 30};
    const Eigen::Vector3d p = g.indexToPatient({2, 4, 1});
    QCOMPARE(p, Eigen::Vector3d(11.0, 21.0, 33.0));
    QCOMPARE(g.orientationCode(), std::string("LPS"));
  }

  void flippedAxesPointToRightAnteriorInferior() {
    ImageGeometry g;
    g.size = {10, 10, 10};
    g.spacing = {1, 2, 3};
    g.origin = {5, 5, 5};
    g.direction = Eigen::Vector3d(-1, -1, -1).asDiagonal();
    QCOMPARE(g.orientationCode(), std::string("RAI"));
    // Index (1, 1, 1) is one voxel towards the patient's right, front and feet.
    QCOMPARE(g.indexToPatient({1, 1, 1}), Eigen::Vector3d(4, 3, 2));
    QCOMPARE(g.patientToIndex({4, 3, 2}), Eigen::Vector3d(1, 1, 1));
  }

  void obliqueRoundTripsExactly_data() {
    QTest::addColumn<double>("i");
    QTest::addColumn<double>("j");
    QTest::addColumn<double>("k");
    QTest::newRow("origin") << 0.0 << 0.0 << 0.0;
    QTest::newRow("corner") << 19.0 << 29.0 << 39.0;
    QTest::newRow("fractional") << 3.25 << 17.5 << 0.125;
    QTest::newRow("outside") << -4.0 << 31.0 << 55.0;
  }

  void obliqueRoundTripsExactly() {
    QFETCH(double, i);
    QFETCH(double, j);
    QFETCH(double, k);
    const ImageGeometry g = oblique();
    const Eigen::Vector3d back = g.patientToIndex(g.indexToPatient({i, j, k}));
    QVERIFY((back - Eigen::Vector3d(i, j, k)).cwiseAbs().maxCoeff() < 1e-10);
  }

  void obliqueStepAlongAxisMovesBySpacingAlongItsDirection() {
    const ImageGeometry g = oblique();
    const Eigen::Vector3d step = g.indexToPatient({5, 5, 6}) - g.indexToPatient({5, 5, 5});
    QVERIFY(std::abs(step.norm() - 2.5) < 1e-12);
    QVERIFY((step.normalized() - g.direction.col(2)).norm() < 1e-12);
    QVERIFY(g.isOrthonormal());
  }

  void nearestVoxelRounds() {
    const ImageGeometry g = oblique();
    const Eigen::Vector3d p = g.indexToPatient({3.4, 7.6, 10.49});
    QCOMPARE(g.nearestVoxel(p), (Index3{3, 8, 10}));
  }

  void sameGridToleratesRoundingOnly() {
    const ImageGeometry a = oblique();
    ImageGeometry b = a;
    b.origin[0] += 1e-5;
    QVERIFY(a.sameGrid(b));
    b.origin[0] += 0.1;
    QVERIFY(!a.sameGrid(b));
    ImageGeometry c = a;
    c.size[2] = 41;
    QVERIFY(!a.sameGrid(c));
  }

  void linearIndexIsXFastest() {
    ImageGeometry g;
    g.size = {4, 5, 6};
    QCOMPARE(g.linearIndex(1, 0, 0), std::size_t(1));
    QCOMPARE(g.linearIndex(0, 1, 0), std::size_t(4));
    QCOMPARE(g.linearIndex(0, 0, 1), std::size_t(20));
    QCOMPARE(g.voxelCount(), std::size_t(120));
  }
};

QTEST_GUILESS_MAIN(ImageGeometryTest)
#include "ImageGeometryTest.moc"
