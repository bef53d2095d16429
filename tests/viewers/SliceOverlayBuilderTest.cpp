// The overlay over a CT slice, pixel by pixel, on a volume whose voxels are all known.
#include "viewers/mpr/SliceOverlayBuilder.h"

#include <QTest>

using namespace heaorta;

namespace {

// 4 x 5 x 6 voxels: HU = 100 * i + 10 * j + k; heart (label 1) in the block i 1..2, j 1..3, k 2..4.
struct Fixture {
  Volume ct;
  LabelMap labels;
  Fixture() {
    ImageGeometry g;
    g.size = {4, 5, 6};
    ct = Volume(g, 0);
    labels = LabelMap(g);
    for (int k = 0; k < 6; ++k)
      for (int j = 0; j < 5; ++j)
        for (int i = 0; i < 4; ++i) {
          ct.at(i, j, k) = static_cast<int16_t>(100 * i + 10 * j + k);
          if (i >= 1 && i <= 2 && j >= 1 && j <= 3 && k >= 2 && k <= 4) labels.at(i, j, k) = Heart;
        }
  }
};

const uint8_t* pixel(const std::vector<uint8_t>& rgba, int nf, int f, int s) { return rgba.data() + (s * nf + f) * 4; }

}  // namespace

class SliceOverlayBuilderTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void filledLabelsOnEveryPlaneLineUpWithTheirVoxels() {
    const Fixture fx;
    LabelDisplay display;
    display.appearance(Heart).color = QColor(200, 20, 40);
    display.appearance(Heart).opacity = 1.0;
    HuHighlight none;
    none.enabled = false;
    // Axis order inside a slice: the lower-numbered remaining axis varies fastest.
    for (int axis = 0; axis < 3; ++axis) {
      const int fast = axis == 0 ? 1 : 0;
      const int slow = axis == 2 ? 1 : 2;
      const int slice = axis == 0 ? 2 : axis == 1 ? 3 : 4;
      std::vector<uint8_t> rgba;
      SliceOverlayBuilder::build(fx.ct, &fx.labels, axis, slice, none, display, rgba);
      const int nf = fx.ct.size()[fast];
      const int ns = fx.ct.size()[slow];
      QCOMPARE(rgba.size(), std::size_t(nf * ns * 4));
      for (int s = 0; s < ns; ++s)
        for (int f = 0; f < nf; ++f) {
          Index3 q{0, 0, 0};
          q[axis] = slice;
          q[fast] = f;
          q[slow] = s;
          const uint8_t* p = pixel(rgba, nf, f, s);
          if (fx.labels.at(q[0], q[1], q[2]) == Heart) {
            QCOMPARE(int(p[0]), 200);
            QCOMPARE(int(p[1]), 20);
            QCOMPARE(int(p[2]), 40);
            QCOMPARE(int(p[3]), 255);
          } else {
            QCOMPARE(int(p[3]), 0);
          }
        }
    }
  }

  void outlinesKeepOnlyTheInPlaneBorder() {
    const Fixture fx;
    LabelDisplay display;
    display.outline = true;
    HuHighlight none;
    none.enabled = false;
    std::vector<uint8_t> rgba;
    // On the sagittal slice i = 1 the heart is j 1..3 x k 2..4: only its centre (j 2, k 3) is interior.
    SliceOverlayBuilder::build(fx.ct, &fx.labels, 0, 1, none, display, rgba);
    const int nf = 5;                              // j
    QCOMPARE(int(pixel(rgba, nf, 2, 3)[3]), 0);    // j 2, k 3: interior
    QCOMPARE(int(pixel(rgba, nf, 1, 3)[3]), 255);  // j 1, k 3: border
    QCOMPARE(int(pixel(rgba, nf, 2, 2)[3]), 255);  // j 2, k 2: border
    QCOMPARE(int(pixel(rgba, nf, 0, 3)[3]), 0);    // outside
  }

  void theHighlightMarksExactlyTheVoxelsInItsRange() {
    const Fixture fx;
    LabelDisplay display;
    HuHighlight calcium;
    calcium.enabled = true;
    calcium.lowHu = 215;
    calcium.highHu = 10000;
    calcium.color = QColor(255, 255, 0, 128);
    std::vector<uint8_t> rgba;
    SliceOverlayBuilder::build(fx.ct, nullptr, 2, 5, calcium, display, rgba);  // no labels yet
    for (int j = 0; j < 5; ++j)
      for (int i = 0; i < 4; ++i) {
        const bool inRange = 100 * i + 10 * j + 5 >= 215;
        QCOMPARE(int(pixel(rgba, 4, i, j)[3]), inRange ? 128 : 0);
      }
  }
};

QTEST_MAIN(SliceOverlayBuilderTest)
#include "SliceOverlayBuilderTest.moc"
