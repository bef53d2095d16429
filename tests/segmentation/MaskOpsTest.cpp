#include "segmentation/anatomy/MaskOps.h"

#include <QTest>
#include <random>

using namespace heaorta;

namespace {

Mask randomMask(const Index3& size, const Eigen::Vector3d& spacing, double density, unsigned seed) {
  ImageGeometry g;
  g.size = size;
  g.spacing = spacing;
  Mask m(g, 0);
  std::mt19937 rng(seed);
  std::bernoulli_distribution on(density);
  for (auto& v : m.voxels()) v = on(rng) ? 1 : 0;
  return m;
}

}  // namespace

class MaskOpsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void distanceTransformIsExactOnAnisotropicGrids() {
    const Mask m = randomMask({13, 11, 9}, {0.7, 1.1, 2.5}, 0.03, 5);
    const std::vector<float> d = maskops::distanceToForeground(m);
    const ImageGeometry& g = m.geometry();
    for (int k = 0; k < 9; ++k)
      for (int j = 0; j < 11; ++j)
        for (int i = 0; i < 13; ++i) {
          double best = 1e9;
          for (int kk = 0; kk < 9; ++kk)
            for (int jj = 0; jj < 11; ++jj)
              for (int ii = 0; ii < 13; ++ii)
                if (m.at(ii, jj, kk))
                  best = std::min(best, Eigen::Vector3d((i - ii) * g.spacing[0], (j - jj) * g.spacing[1], (k - kk) * g.spacing[2]).norm());
          QVERIFY(std::abs(d[g.linearIndex(i, j, k)] - best) < 1e-3);
        }
  }

  void dilationByARadiusReachesExactlyThatFar() {
    ImageGeometry g;
    g.size = {31, 31, 11};
    g.spacing = {1.0, 1.0, 2.0};
    Mask m(g, 0);
    m.at(15, 15, 5) = 1;
    const Mask d = maskops::dilate(m, 4.0);
    QCOMPARE(static_cast<int>(d.at(19, 15, 5)), 1);  // 4 mm along x
    QCOMPARE(static_cast<int>(d.at(20, 15, 5)), 0);
    QCOMPARE(static_cast<int>(d.at(15, 15, 7)), 1);  // 4 mm along z (2 slices)
    QCOMPARE(static_cast<int>(d.at(15, 15, 8)), 0);
    QCOMPARE(maskops::erode(d, 4.0).voxels(), m.voxels());
  }

  void componentsAndHoleFilling() {
    ImageGeometry g;
    g.size = {12, 12, 3};
    Mask m(g, 0);
    for (int j = 2; j <= 8; ++j)
      for (int i = 2; i <= 8; ++i) m.at(i, j, 1) = (i == 2 || i == 8 || j == 2 || j == 8) ? 1 : 0;  // a ring
    m.at(10, 10, 0) = 1;
    std::vector<int32_t> labels;
    QCOMPARE(maskops::components3d(m, labels).size(), std::size_t(2));
    QCOMPARE(maskops::count(maskops::largestComponent3d(m)), std::size_t(24));
    maskops::fillHolesPerSlice(m);
    QCOMPARE(static_cast<int>(m.at(5, 5, 1)), 1);
    QCOMPARE(maskops::count(m), std::size_t(49 + 1));
  }
};

QTEST_GUILESS_MAIN(MaskOpsTest)
#include "MaskOpsTest.moc"
