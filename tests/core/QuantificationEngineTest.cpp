#include "core/quant/QuantResultJson.h"
#include "core/quant/QuantificationEngine.h"
#include "core/util/Error.h"
#include "tests/support/Phantom.h"

#include <QJsonDocument>
#include <QTest>
#include <random>

using namespace heaorta;
using namespace heaorta::test;

namespace {

QByteArray fullComputation(const Phantom& p, const ArteryAssignments& arteries, const QuantSettings& s = {}) {
  QuantificationEngine fresh(p.ct, p.labels, &arteries, nullptr, s);
  fresh.computeAll(1);
  return QJsonDocument(toJson(fresh.result())).toJson();
}

// Noise with calcium specks, fat and a heart, so that edits move every number.
Phantom texturedPhantom(std::mt19937& rng) {
  Phantom p({48, 40, 16}, {0.6, 0.6, 2.5});
  std::uniform_int_distribution<int> hu(-250, 650);
  for (auto& v : p.ct.voxels()) v = static_cast<int16_t>(hu(rng));
  p.labelBox({4, 4, 2}, {40, 34, 13}, Heart);
  p.labelBox({30, 4, 2}, {40, 14, 13}, AscendingAorta);
  return p;
}

}  // namespace

class QuantificationEngineTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void randomEditSequencesEqualAFullRecomputation() {
    std::mt19937 rng(2024);
    Phantom p = texturedPhantom(rng);
    ArteryAssignments arteries(p.ct.geometry());
    QuantificationEngine engine(p.ct, p.labels, &arteries);
    engine.computeAll();
    std::uniform_int_distribution<int> slice(0, 15), x(0, 47), y(0, 39), extent(0, 8), label(0, 3), artery(0, 5), depth(0, 2);
    for (int edit = 0; edit < 60; ++edit) {
      const int k0 = slice(rng);
      const int k1 = std::min(15, k0 + depth(rng));
      const int i0 = x(rng), j0 = y(rng);
      const Index3 lo{i0, j0, k0};
      const Index3 hi{std::min(47, i0 + extent(rng)), std::min(39, j0 + extent(rng)), k1};
      if (edit % 3 == 2) {
        const auto a = static_cast<Artery>(artery(rng));
        for (int k = lo[2]; k <= hi[2]; ++k)
          for (int j = lo[1]; j <= hi[1]; ++j)
            for (int i = lo[0]; i <= hi[0]; ++i) arteries.assign(i, j, k, a);
      } else {
        p.labelBox(lo, hi, static_cast<uint8_t>(label(rng)));
      }
      engine.updateSlices(lo[2], hi[2]);
      const QByteArray incremental = QJsonDocument(toJson(engine.result())).toJson();
      QVERIFY2(incremental == fullComputation(p, arteries), qPrintable(QStringLiteral("edit %1 diverged").arg(edit)));
    }
  }

  void threadCountDoesNotChangeTheResult() {
    std::mt19937 rng(7);
    Phantom p = texturedPhantom(rng);
    ArteryAssignments arteries(p.ct.geometry());
    QuantificationEngine one(p.ct, p.labels, &arteries);
    one.computeAll(1);
    QuantificationEngine two(p.ct, p.labels, &arteries);
    two.computeAll(2);
    QCOMPARE(QJsonDocument(toJson(one.result())).toJson(), QJsonDocument(toJson(two.result())).toJson());
  }

  void settingsChangesRecomputeEverything() {
    std::mt19937 rng(3);
    Phantom p = texturedPhantom(rng);
    ArteryAssignments arteries(p.ct.geometry());
    QuantificationEngine engine(p.ct, p.labels, &arteries);
    engine.computeAll();
    const double at130 = engine.result().coronary().agatston;
    QuantSettings s;
    s.calciumThresholdHu = 300;
    engine.setSettings(s);
    QVERIFY(!engine.isComputed());
    engine.computeAll();
    QVERIFY(engine.result().coronary().agatston < at130);
    QCOMPARE(QJsonDocument(toJson(engine.result())).toJson(), fullComputation(p, arteries, s));
  }

  void cautionsAreRaisedForNonStandardScans() {
    Phantom p({32, 32, 8}, {0.7, 0.7, 5.0});
    p.labelBox({2, 2, 1}, {29, 29, 6}, Heart);
    p.ct.metadata().kvp = 100;
    p.ct.metadata().sliceThicknessMm = 5.0;
    p.ct.metadata().contrastAgent = "IOHEXOL";
    p.fillBox({2, 2, 1}, {29, 29, 6}, 320);  // contrast-filled blood pool
    QuantificationEngine engine(p.ct, p.labels);
    engine.setExtraNotices({{QStringLiteral("fallback-segmenter"), QStringLiteral("made without a model")}});
    engine.computeAll();
    const QuantResult r = engine.result();
    for (const char* code : {"kvp-not-120", "thick-slices", "contrast-recorded", "contrast-suspected", "heart-volume-implausible", "aorta-missing",
                             "fallback-segmenter"})
      QVERIFY2(r.hasNotice(QLatin1String(code)), code);
  }

  void theKvpTableAdjustsTheThresholdWhenAskedTo() {
    Phantom p({16, 16, 4}, {1.0, 1.0, 3.0});
    p.ct.metadata().kvp = 100;
    p.labelBox({0, 0, 0}, {15, 15, 3}, Heart);
    p.fillBox({3, 3, 1}, {5, 5, 1}, 140);  // counts at 130 HU, not at 147 HU
    QuantSettings s;
    QuantificationEngine fixed(p.ct, p.labels, nullptr, nullptr, s);
    fixed.computeAll();
    QCOMPARE(fixed.result().thresholdHu, 130);
    QCOMPARE(fixed.result().coronary().sliceLesions, 1);
    s.adjustThresholdForKvp = true;
    QuantificationEngine adjusted(p.ct, p.labels, nullptr, nullptr, s);
    adjusted.computeAll();
    QCOMPARE(adjusted.result().thresholdHu, 147);
    QCOMPARE(adjusted.result().coronary().sliceLesions, 0);
  }

  void labelsOffTheCtGridAreRefused() {
    Phantom p({16, 16, 4}, {1.0, 1.0, 3.0});
    ImageGeometry other = p.labels.geometry();
    other.size[0] = 15;
    LabelMap wrong(other);
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantificationEngine(p.ct, wrong));
  }
};

QTEST_GUILESS_MAIN(QuantificationEngineTest)
#include "QuantificationEngineTest.moc"
