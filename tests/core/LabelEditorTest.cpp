// The one write path: paint-over rules, HU range, tight boxes and exact undo deltas.
#include "core/edit/BrushShape.h"
#include "core/edit/EditHistory.h"
#include "core/edit/EditProvenance.h"
#include "core/edit/LabelEditor.h"
#include "core/edit/LesionEditor.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/QuantificationEngine.h"
#include "tests/support/Phantom.h"

#include <QJsonDocument>
#include <QTest>
#include <random>

using namespace heaorta;
using namespace heaorta::test;

namespace {

EditRegion boxRegion(const Index3& lo, const Index3& hi) {
  EditRegion r = EditRegion::over({lo, hi});
  std::fill(r.mask.begin(), r.mask.end(), 1);
  return r;
}

std::size_t differences(const LabelMap& a, const LabelMap& b) {
  std::size_t n = 0;
  for (std::size_t q = 0; q < a.voxels().size(); ++q) n += a.voxels()[q] != b.voxels()[q];
  return n;
}

}  // namespace

class LabelEditorTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void paintOverRules_data() {
    QTest::addColumn<int>("over");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("heart");  // what the heart block becomes
    QTest::addColumn<int>("aorta");  // what the aorta block becomes
    QTest::addColumn<int>("background");
    QTest::newRow("add over all") << int(PaintOver::All) << int(EditMode::Add) << 3 << 3 << 3;
    QTest::newRow("add over background only") << int(PaintOver::BackgroundOnly) << int(EditMode::Add) << 1 << 2 << 3;
    QTest::newRow("add over the heart only") << int(PaintOver::OneLabel) << int(EditMode::Add) << 3 << 2 << 3;
    QTest::newRow("erase the active label") << int(PaintOver::BackgroundOnly) << int(EditMode::Erase) << 1 << 2 << 0;
    QTest::newRow("erase every label") << int(PaintOver::All) << int(EditMode::Erase) << 0 << 0 << 0;
  }
  void paintOverRules() {
    QFETCH(int, over);
    QFETCH(int, mode);
    Phantom p({12, 4, 1}, {1, 1, 1});
    p.labelBox({0, 0, 0}, {3, 3, 0}, Heart);
    p.labelBox({4, 0, 0}, {7, 3, 0}, AscendingAorta);
    PaintRule rule;
    rule.label = DescendingAorta;
    rule.mode = static_cast<EditMode>(mode);
    rule.over = static_cast<PaintOver>(over);
    rule.overLabel = Heart;
    if (rule.mode == EditMode::Erase && rule.over != PaintOver::All) {
      // Erasing label 3 where it is: paint it first everywhere.
      p.labels.fill(0);
      p.labelBox({0, 0, 0}, {3, 3, 0}, Heart);
      p.labelBox({4, 0, 0}, {7, 3, 0}, AscendingAorta);
      p.labelBox({8, 0, 0}, {11, 3, 0}, DescendingAorta);
    }
    const LabelMap before = p.labels;
    const LabelDelta delta = LabelEditor::apply(p.labels, p.ct, boxRegion({0, 0, 0}, {11, 3, 0}), rule);
    QTEST(int(p.labels.at(1, 1, 0)), "heart");
    QTEST(int(p.labels.at(5, 1, 0)), "aorta");
    QTEST(int(p.labels.at(9, 1, 0)), "background");
    QCOMPARE(delta.changedCount(), differences(before, p.labels));
    LabelMap undone = p.labels;
    delta.revert(undone);
    QCOMPARE(differences(before, undone), std::size_t(0));
  }

  void huRangeLimitsThePaintAndTheBoxIsTight() {
    Phantom p({20, 20, 5}, {0.5, 0.5, 2});
    p.fillBox({5, 6, 2}, {8, 9, 2}, 300);  // 16 voxels of calcium in one slice
    PaintRule rule;
    rule.label = Heart;
    rule.minHu = 130;
    const LabelDelta delta = LabelEditor::apply(p.labels, p.ct, boxRegion({0, 0, 0}, {19, 19, 4}), rule);
    QCOMPARE(delta.changedCount(), std::size_t(16));
    QCOMPARE(p.labels.count(Heart), std::size_t(16));
    QCOMPARE(delta.box(), (VoxelBox{{5, 6, 2}, {8, 9, 2}}));
    const LabelDelta nothing = LabelEditor::apply(p.labels, p.ct, boxRegion({0, 0, 0}, {19, 19, 4}), rule);
    QVERIFY(nothing.empty());
    QVERIFY(nothing.box().empty());
  }

  void discBrushCoversTheExpectedVoxels() {
    // 1 mm pixels, radius 2 mm: the 13 pixel centres within 2 mm, on the view's slice only.
    const ImageGeometry g{{20, 20, 6}, {1, 1, 3}, {0, 0, 0}, Eigen::Matrix3d::Identity()};
    const EditRegion disc = BrushShape::dab(g, {10, 10, 3}, 2.0, 2);
    QCOMPARE(disc.selectedCount(), std::size_t(13));
    QVERIFY(disc.at(10, 12, 3) && disc.at(8, 10, 3) && !disc.at(12, 12, 3));
    QCOMPARE(disc.box.min[2], 3);
    QCOMPARE(disc.box.max[2], 3);
    // A sphere of 3 mm on 1 x 1 x 3 mm voxels reaches one slice up and down.
    const EditRegion sphere = BrushShape::dab(g, {10, 10, 3}, 3.0, -1);
    QVERIFY(sphere.at(10, 10, 2) && sphere.at(10, 10, 4) && !sphere.box.contains(10, 10, 1));
    // A coronal disc lies in the plane y = 10.
    const EditRegion coronal = BrushShape::dab(g, {10, 10, 3}, 3.0, 1);
    QCOMPARE(coronal.box.extent(1), 1);
    QVERIFY(coronal.at(10, 10, 4) && coronal.at(13, 10, 3));
    // A tiny brush still paints the voxel under the mouse.
    QCOMPARE(BrushShape::dab(g, {0, 0, 0}, 0.1, 2).selectedCount(), std::size_t(1));
  }

  void fastDragLeavesNoGaps() {
    const ImageGeometry g{{60, 20, 1}, {1, 1, 1}, {0, 0, 0}, Eigen::Matrix3d::Identity()};
    const EditRegion line = BrushShape::segment(g, {5, 10, 0}, {50, 10, 0}, 1.0, 2);
    for (int i = 5; i <= 50; ++i) QVERIFY2(line.at(i, 10, 0) && line.at(i, 9, 0) && line.at(i, 11, 0), qPrintable(QString::number(i)));
    QVERIFY(!line.box.contains(5, 12, 0));
  }

  void undoRedoSequencesReturnIdenticalMaps() {
    std::mt19937 rng(7);
    Phantom p({40, 36, 12}, {0.7, 0.7, 2.5});
    std::uniform_int_distribution<int> hu(-200, 500);
    for (auto& v : p.ct.voxels()) v = static_cast<int16_t>(hu(rng));
    p.labelBox({5, 5, 2}, {30, 30, 9}, Heart);
    ArteryAssignments arteries(p.ct.geometry());
    EditHistory history;
    std::vector<LabelMap> states{p.labels};
    std::uniform_int_distribution<int> x(0, 39), y(0, 35), z(0, 11), label(1, 3), coin(0, 3);
    for (int s = 0; s < 40; ++s) {
      PaintRule rule;
      rule.label = static_cast<uint8_t>(label(rng));
      rule.mode = coin(rng) == 0 ? EditMode::Erase : EditMode::Add;
      rule.over = static_cast<PaintOver>(coin(rng) % 3);
      rule.overLabel = Heart;
      if (coin(rng) == 1) rule.minHu = 100;
      EditStep step;
      step.labels =
          LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {x(rng), y(rng), z(rng)}, 4.0, coin(rng) == 2 ? -1 : 2), rule);
      history.push(std::move(step));
      states.push_back(p.labels);
    }
    for (int s = 40; s > 0; --s) {
      QVERIFY(history.undo(p.labels, arteries));
      QCOMPARE(differences(p.labels, states[s - 1]), std::size_t(0));
    }
    QVERIFY(!history.canUndo());
    for (int s = 1; s <= 40; ++s) {
      QVERIFY(history.redo(p.labels, arteries));
      QCOMPARE(differences(p.labels, states[s]), std::size_t(0));
    }
    // A new step after undo drops what could be redone.
    history.undo(p.labels, arteries);
    EditStep fresh;
    fresh.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {20, 20, 5}, 3.0, 2), {});
    history.push(std::move(fresh));
    QVERIFY(!history.canRedo());
  }

  void memoryBudgetForgetsTheOldestSteps() {
    Phantom p({64, 64, 4}, {1, 1, 1});
    ArteryAssignments arteries(p.ct.geometry());
    EditHistory history(4096);
    for (int s = 0; s < 50; ++s) {
      EditStep step;
      step.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {s + 5, 30, 1}, 3.0, 2),
                                       {static_cast<uint8_t>(1 + s % 3), EditMode::Add, PaintOver::All, 0, {}, {}});
      history.push(std::move(step));
      QVERIFY(history.memoryBytes() <= 4096);
    }
    QVERIFY(history.forgottenCount() > 0);
    QCOMPARE(history.position(), history.steps().size());
    while (history.undo(p.labels, arteries)) {
    }
    QVERIFY(p.labels.count(Heart) + p.labels.count(AscendingAorta) + p.labels.count(DescendingAorta) > 0);  // forgotten steps stay
  }

  void provenanceCountsAddedAndRemovedVoxelsAgainstTheBaseline() {
    std::mt19937 rng(11);
    Phantom p({30, 30, 6}, {1, 1, 2});
    p.labelBox({5, 5, 1}, {20, 20, 4}, Heart);
    const LabelMap baseline = p.labels;
    ArteryAssignments arteries(p.ct.geometry());
    EditHistory history;
    EditProvenance provenance;
    std::uniform_int_distribution<int> x(0, 29), z(0, 5), label(1, 2), coin(0, 2);
    for (int s = 0; s < 60; ++s) {
      if (coin(rng) == 0 && history.canUndo()) {
        provenance.account(*history.undo(p.labels, arteries), baseline, false);
      } else {
        EditStep step;
        PaintRule rule{static_cast<uint8_t>(label(rng)), coin(rng) == 1 ? EditMode::Erase : EditMode::Add, PaintOver::All, 0, {}, {}};
        step.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {x(rng), x(rng), z(rng)}, 3.0, 2), rule);
        provenance.account(step, baseline, true);
        history.push(std::move(step));
      }
      for (uint8_t l : {Heart, AscendingAorta}) {
        uint64_t added = 0, removed = 0;
        for (std::size_t q = 0; q < baseline.voxels().size(); ++q) {
          added += p.labels.voxels()[q] == l && baseline.voxels()[q] != l;
          removed += baseline.voxels()[q] == l && p.labels.voxels()[q] != l;
        }
        QCOMPARE(provenance.added(l), added);
        QCOMPARE(provenance.removed(l), removed);
      }
    }
    while (history.canUndo()) provenance.account(*history.undo(p.labels, arteries), baseline, false);
    QVERIFY(!provenance.edited());
  }

  void editsThroughTheWritePathKeepIncrementalScoresExact() {
    std::mt19937 rng(3);
    Phantom p({48, 40, 16}, {0.6, 0.6, 2.5});
    std::uniform_int_distribution<int> hu(-250, 650);
    for (auto& v : p.ct.voxels()) v = static_cast<int16_t>(hu(rng));
    p.labelBox({4, 4, 2}, {40, 34, 13}, Heart);
    ArteryAssignments arteries(p.ct.geometry());
    QuantificationEngine live(p.ct, p.labels, &arteries);
    live.computeAll(1);
    EditHistory history;
    std::uniform_int_distribution<int> x(0, 47), y(0, 39), z(0, 15), coin(0, 3), artery(1, 6);
    for (int s = 0; s < 30; ++s) {
      const EditStep* changed = nullptr;
      if (coin(rng) == 0 && history.canUndo()) {
        changed = history.undo(p.labels, arteries);
      } else if (coin(rng) == 1) {
        // Assign (or exclude) the lesion under a random calcified voxel.
        const std::vector<Index3> voxels = live.lesionVoxelsAt({x(rng), y(rng), z(rng)});
        EditStep step;
        step.arteries = LesionEditor::assign(arteries, voxels, static_cast<Artery>(artery(rng)));
        history.push(std::move(step));
        changed = &history.steps()[history.position() - 1];
      } else {
        EditStep step;
        PaintRule rule{Heart, coin(rng) == 2 ? EditMode::Erase : EditMode::Add, PaintOver::All, 0, {}, {}};
        step.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {x(rng), y(rng), z(rng)}, 3.0, -1), rule);
        history.push(std::move(step));
        changed = &history.steps()[history.position() - 1];
      }
      const VoxelBox box = changed->box();
      if (!box.empty()) live.updateSlices(box.min[2], box.max[2]);
      QuantificationEngine fresh(p.ct, p.labels, &arteries);
      fresh.computeAll(1);
      QCOMPARE(QJsonDocument(toJson(live.result())).toJson(), QJsonDocument(toJson(fresh.result())).toJson());
    }
  }

  void excludedLesionsAreNotScored() {
    Phantom p({30, 30, 3}, {1, 1, 3});
    p.labelBox({0, 0, 0}, {29, 29, 2}, Heart);
    p.fillBox({5, 5, 1}, {7, 7, 1}, 500);      // 9 mm², weight 4: 36
    p.fillBox({20, 20, 1}, {21, 21, 1}, 250);  // 4 mm², weight 2: 8
    ArteryAssignments arteries(p.ct.geometry());
    QuantificationEngine engine(p.ct, p.labels, &arteries);
    engine.computeAll(1);
    QCOMPARE(engine.result().coronary().agatston, 44.0);
    const std::vector<Index3> lesion = engine.lesionVoxelsAt({6, 6, 1});
    QCOMPARE(lesion.size(), std::size_t(9));
    QVERIFY(engine.lesionVoxelsAt({12, 12, 1}).empty());
    LesionEditor::assign(arteries, engine.lesionVoxelsAt({20, 20, 1}), Artery::LAD);
    LesionEditor::assign(arteries, lesion, Artery::Excluded);
    engine.updateSlices(1, 1);
    const QuantResult r = engine.result();
    QCOMPARE(r.coronary().agatston, 8.0);
    QCOMPARE(r.arteries[int(Artery::LAD)].agatston, 8.0);
    QCOMPARE(r.vesselsWithCalcium, 1);
    QCOMPARE(r.excludedByReaderVoxels, 9);
    QVERIFY(r.hasNotice(QStringLiteral("calcium-excluded")));
    QVERIFY(!r.hasNotice(QStringLiteral("lesions-unassigned")));
  }
};

QTEST_GUILESS_MAIN(LabelEditorTest)
#include "LabelEditorTest.moc"
