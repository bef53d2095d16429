#include "core/io/LabelMapAligner.h"

#include <QTest>

using namespace heaorta;

namespace {

ImageGeometry ctGrid() {
  ImageGeometry g;
  g.size = {9, 7, 5};
  g.spacing = {0.8, 0.8, 2.0};
  g.origin = {-10, -20, -30};
  return g;
}

LabelMap numbered(const ImageGeometry& g) {
  LabelMap m(g);
  for (int k = 0; k < g.size[2]; ++k)
    for (int j = 0; j < g.size[1]; ++j)
      for (int i = 0; i < g.size[0]; ++i) m.at(i, j, k) = static_cast<uint8_t>(i + 9 * j + 63 * k) % 251;
  return m;
}

}  // namespace

class LabelMapAlignerTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void flippedAxesMapExactly() {
    // The same voxels stored as NIfTI tools often do: x and y reversed, origin at the far corner.
    const ImageGeometry ct = ctGrid();
    ImageGeometry flipped = ct;
    flipped.direction = Eigen::Vector3d(-1, -1, 1).asDiagonal();
    flipped.origin = ct.indexToPatient(Eigen::Vector3d(ct.size[0] - 1, ct.size[1] - 1, 0));
    LabelMap stored(flipped);
    const LabelMap truth = numbered(ct);
    for (int k = 0; k < 5; ++k)
      for (int j = 0; j < 7; ++j)
        for (int i = 0; i < 9; ++i) stored.at(8 - i, 6 - j, k) = truth.at(i, j, k);
    Notices notices;
    const LabelMap aligned = LabelMapAligner::alignTo(stored, ct, &notices);
    QVERIFY(aligned.voxels() == truth.voxels());
    QVERIFY(notices.empty());
  }

  void permutedAxesMapExactly() {
    const ImageGeometry ct = ctGrid();
    ImageGeometry permuted;
    permuted.size = {ct.size[1], ct.size[0], ct.size[2]};
    permuted.spacing = {ct.spacing[1], ct.spacing[0], ct.spacing[2]};
    permuted.origin = ct.origin;
    permuted.direction << 0, 1, 0, 1, 0, 0, 0, 0, 1;
    const LabelMap truth = numbered(ct);
    LabelMap stored(permuted);
    for (int k = 0; k < 5; ++k)
      for (int j = 0; j < 7; ++j)
        for (int i = 0; i < 9; ++i) stored.at(j, i, k) = truth.at(i, j, k);
    QVERIFY(LabelMapAligner::voxelCentresCoincide(permuted, ct));
    QVERIFY(LabelMapAligner::alignTo(stored, ct).voxels() == truth.voxels());
  }

  void aCoarserGridIsResampledWithANotice() {
    const ImageGeometry ct = ctGrid();
    ImageGeometry coarse = ct;
    coarse.spacing = {1.6, 1.6, 2.0};
    coarse.size = {5, 4, 5};
    LabelMap stored(coarse);
    stored.at(2, 1, 3) = Heart;
    Notices notices;
    const LabelMap aligned = LabelMapAligner::alignTo(stored, ct, &notices);
    QCOMPARE(notices.size(), std::size_t(1));
    QCOMPARE(notices.front().code, QStringLiteral("labels-resampled"));
    // CT voxel (4, 2, 3) sits exactly on coarse voxel (2, 1, 3).
    QCOMPARE(aligned.at(4, 2, 3), uint8_t(Heart));
    QCOMPARE(aligned.at(0, 0, 3), uint8_t(Background));
  }

  void voxelsOutsideTheLabelGridAreBackground() {
    const ImageGeometry ct = ctGrid();
    ImageGeometry shifted = ct;
    shifted.origin[2] += 4.0;  // two slices higher
    LabelMap stored(shifted);
    stored.fill(Heart);
    const LabelMap aligned = LabelMapAligner::alignTo(stored, ct);
    QCOMPARE(aligned.at(0, 0, 0), uint8_t(Background));
    QCOMPARE(aligned.at(0, 0, 2), uint8_t(Heart));
  }
};

QTEST_GUILESS_MAIN(LabelMapAlignerTest)
#include "LabelMapAlignerTest.moc"
