// The carina on phantoms with a known answer: a trachea that divides into two bronchi, one that
// opens into a lung, and a scan that starts below the carina.
#include "segmentation/anatomy/CarinaFinder.h"

#include <QTest>

using namespace heaorta;

namespace {

constexpr int kSize = 120, kSlices = 60;

// Soft tissue in a round body, a spine behind the midline, two lungs low down (lateral, apart
// from the airway), as ThoraxAnalysis would describe it.
struct Chest {
  Volume ct;
  ThoraxAnalysis thorax;

  Chest() : ct(ImageGeometry{{kSize, kSize, kSlices}, {2.0, 2.0, 3.0}}, -1000) {
    thorax.body = Mask(ct.geometry(), 0);
    for (int k = 0; k < kSlices; ++k)
      for (int j = 0; j < kSize; ++j)
        for (int i = 0; i < kSize; ++i)
          if ((i - 60) * (i - 60) + (j - 60) * (j - 60) < 55 * 55) ct.at(i, j, k) = 40, thorax.body.at(i, j, k) = 1;
    thorax.spine.assign(kSlices, Eigen::Vector2d(60, 95));
    thorax.firstThoracicSlice = 0;
    for (int k = 0; k < 40; ++k) {
      disc(30, 60, k, 18);
      disc(90, 60, k, 18);
    }
  }
  void disc(int ci, int cj, int k, int radius) {
    for (int j = cj - radius; j <= cj + radius; ++j)
      for (int i = ci - radius; i <= ci + radius; ++i)
        if ((i - ci) * (i - ci) + (j - cj) * (j - cj) <= radius * radius) ct.at(i, j, k) = -1000;
  }
};

}  // namespace

class CarinaFinderTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void tracheaDividingIntoTwoBronchi() {
    Chest c;
    for (int k = 35; k < kSlices; ++k) c.disc(60, 45, k, 5);  // 10 mm radius: 314 mm2
    for (int k = 20; k < 35; ++k) {
      c.disc(56, 46, k, 3);
      c.disc(64, 46, k, 3);
    }
    QCOMPARE(CarinaFinder::find(c.ct, c.thorax), std::optional<int>(34));
  }

  void tracheaOpeningIntoALung() {
    Chest c;
    for (int k = 30; k < kSlices; ++k) c.disc(60, 45, k, 5);
    for (int i = 30; i <= 60; ++i) c.disc(i, 50, 29, 4);  // a channel into the left lung on one slice
    QCOMPARE(CarinaFinder::find(c.ct, c.thorax), std::optional<int>(29));
  }

  void aTracheaTouchingALungAtACornerIsNotTheCarina() {
    Chest c;
    for (int k = 35; k < kSlices; ++k) c.disc(60, 45, k, 5);
    for (int k = 20; k < 35; ++k) {
      c.disc(56, 46, k, 3);
      c.disc(64, 46, k, 3);
    }
    // A lung apex (2,800 mm2) high up, joined to the trachea only through a corner: the pixel at
    // (54,44) touches the apex at (53,45) and the trachea at (55,45) diagonally.
    for (int k = 45; k < 50; ++k) {
      c.disc(38, 45, k, 15);
      c.ct.at(54, 44, k) = -1000;
      QVERIFY(c.ct.at(53, 45, k) < -600 && c.ct.at(55, 45, k) < -600 && c.ct.at(54, 45, k) > 0 && c.ct.at(53, 44, k) > 0 && c.ct.at(55, 44, k) > 0);
    }
    QCOMPARE(CarinaFinder::find(c.ct, c.thorax), std::optional<int>(34));
  }

  void aBronchusOpeningIntoALungIsNotTakenForTheTrachea() {
    Chest c;                                                   // the scan starts below the carina: the right main bronchus, 14 mm across, 12 mm
                                                               // from the midline, enters the lung 15 mm below the top
    for (int k = 50; k < kSlices; ++k) c.disc(30, 60, k, 18);  // the right lung up to the top
    for (int k = 55; k < kSlices; ++k) c.disc(54, 46, k, 4);
    for (int i = 30; i <= 54; ++i) c.disc(i, 46, 54, 4);
    QCOMPARE(CarinaFinder::find(c.ct, c.thorax), std::optional<int>());
  }

  void aScanStartingBelowTheCarinaHasNone() {
    Chest c;
    for (int k = 20; k < kSlices; ++k) {
      c.disc(56, 46, k, 3);
      c.disc(64, 46, k, 3);
    }
    QCOMPARE(CarinaFinder::find(c.ct, c.thorax), std::optional<int>());
  }
};

QTEST_GUILESS_MAIN(CarinaFinderTest)
#include "CarinaFinderTest.moc"
