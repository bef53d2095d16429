// The aorta's whole section from its outer edge, on a phantom whose answer is known: a tube in fat
// with contrast layered over unopacified blood (a bright cap on one side, grey elsewhere), lung on
// one side, an attached soft-tissue strip on the other, moving sideways from slice to slice.
#include "segmentation/anatomy/AortaOutline.h"

#include <QTest>

using namespace heaorta;

namespace {

constexpr double kPixelMm = 1.5;
constexpr double kRadiusMm = 15.0;
constexpr int kFirstTubeSlice = 5;  // the tube ends below this slice
constexpr int kSlices = 30;

Eigen::Vector2d tubeCentre(int k) { return {34.0 + 0.4 * k, 40.0 - 0.2 * k}; }

bool inTube(int i, int j, int k) { return k >= kFirstTubeSlice && (Eigen::Vector2d(i, j) - tubeCentre(k)).norm() * kPixelMm <= kRadiusMm; }

struct Phantom {
  Volume ct;
  Mask lungs;
};

Phantom layeredTube() {
  ImageGeometry g;
  g.size = {80, 80, kSlices};
  g.spacing = {kPixelMm, kPixelMm, kPixelMm};
  Phantom p{Volume(g, int16_t(-100)), Mask(g, 0)};  // fat everywhere
  for (int k = 0; k < kSlices; ++k)
    for (int j = 0; j < 80; ++j)
      for (int i = 0; i < 80; ++i) {
        const Eigen::Vector2d c = tubeCentre(k);
        if (i >= 62) {  // lung beside the aorta, as on the left of the descending aorta
          p.ct.at(i, j, k) = -850;
          p.lungs.at(i, j, k) = 1;
        } else if (inTube(i, j, k)) {
          p.ct.at(i, j, k) = j < c.y() - 4 ? 420 : 60;  // the contrast cap, unopacified blood below
        } else if (i < c.x() && std::abs(j - c.y()) <= 4 && k >= kFirstTubeSlice) {
          p.ct.at(i, j, k) = 45;  // a strip of soft tissue attached to the wall (oesophagus, crus)
        }
      }
  return p;
}

double sliceDice(const Mask& mask, int k) {
  int a = 0, b = 0, both = 0;
  for (int j = 0; j < 80; ++j)
    for (int i = 0; i < 80; ++i) {
      const bool m = mask.at(i, j, k), t = inTube(i, j, k);
      a += m, b += t, both += m && t;
    }
  return a + b ? 2.0 * both / (a + b) : 1.0;
}

}  // namespace

class AortaOutlineTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void wallCircleIsFoundFromAnOffCentreGuessOnTheCap() {
    const Phantom p = layeredTube();
    AortaCircle guess;  // what a lumen-based circle gives here: small, on the bright cap
    guess.slice = 20;
    guess.centre = tubeCentre(20) + Eigen::Vector2d(0, -5);
    guess.radiusMm = 6;
    const auto wall = AortaOutline::fitWall(p.ct, guess, AortaOutline::kMaxRadiusMm);
    QVERIFY(wall.has_value());
    QVERIFY2((wall->centre - tubeCentre(20)).norm() < 1.0, qPrintable(QString::number((wall->centre - tubeCentre(20)).norm())));
    QVERIFY2(std::abs(wall->radiusMm - kRadiusMm) < 1.5, qPrintable(QString::number(wall->radiusMm)));
  }

  void noWallInPlainFat() {
    const Phantom p = layeredTube();
    AortaCircle guess;
    guess.slice = 2;  // below the tube
    guess.centre = tubeCentre(2);
    guess.radiusMm = kRadiusMm;
    QVERIFY(!AortaOutline::fitWall(p.ct, guess, AortaOutline::kMaxRadiusMm).has_value());
  }

  void followingDownKeepsTheWholeMovingSectionAndStopsWhereTheTubeEnds() {
    const Phantom p = layeredTube();
    Mask mask(p.ct.geometry(), 0);
    for (int j = 0; j < 80; ++j)
      for (int i = 0; i < 80; ++i) mask.at(i, j, kSlices - 1) = inTube(i, j, kSlices - 1);
    AortaOutline::follow(mask, p.ct, p.lungs, kSlices - 1, -1, -1);
    for (int k = kFirstTubeSlice; k < kSlices - 1; ++k) {
      const double dice = sliceDice(mask, k);
      QVERIFY2(dice > 0.93, qPrintable(QStringLiteral("slice %1: Dice %2").arg(k).arg(dice)));
      // The attached strip stays out, beyond the wall.
      const Eigen::Vector2d c = tubeCentre(k);
      const int stripI = static_cast<int>(c.x() - kRadiusMm / kPixelMm) - 4;
      QCOMPARE(mask.at(stripI, static_cast<int>(std::lround(c.y())), k), uint8_t(0));
    }
    for (int k = 0; k < kFirstTubeSlice; ++k)
      for (int j = 0; j < 80; ++j)
        for (int i = 0; i < 80; ++i) QCOMPARE(mask.at(i, j, k), uint8_t(0));
  }

  void tracingFromACircleOutlineFindsTheLayeredSection() {
    const Phantom p = layeredTube();
    Eigen::Vector2d shift(0, 0);
    // A guess 2 mm too large and 1.5 mm off: the edges themselves decide.
    const std::vector<uint8_t> traced =
        AortaOutline::trace(p.ct, p.lungs, 12, tubeCentre(12) + Eigen::Vector2d(1, 0), AortaOutline::circle(17.0), shift);
    QVERIFY(!traced.empty());
    Mask mask(p.ct.geometry(), 0);
    std::copy(traced.begin(), traced.end(), mask.slice(12));
    QVERIFY2(sliceDice(mask, 12) > 0.9, qPrintable(QString::number(sliceDice(mask, 12))));
  }
};

QTEST_GUILESS_MAIN(AortaOutlineTest)
#include "AortaOutlineTest.moc"
