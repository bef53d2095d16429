// The edit session without widgets: drawing from scratch, one coalesced change per event-loop turn,
// undo through the same signal, provenance in the result.
#include "app/gui/StudySession.h"
#include "app/gui/editing/LabelEditSession.h"
#include "core/edit/BrushShape.h"
#include "tests/support/Phantom.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

class LabelEditSessionTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void drawingFromScratchAndCoalescedChanges() {
    QTemporaryDir journals;
    StudySession study;
    study.edits()->setJournalRoot(journals.filePath(QStringLiteral("autosave")).toStdString());
    Phantom p({40, 40, 10}, {1, 1, 2});
    study.open(std::make_shared<Volume>(p.ct), "phantom");
    QVERIFY(!study.labels());
    LabelEditSession* edits = study.edits();
    QSignalSpy changed(edits, &LabelEditSession::labelsChanged);
    edits->beginStroke(EditAction::BrushStroke, PaintRule{Heart, EditMode::Add, PaintOver::All, 0, {}, {}});
    QVERIFY(study.labels());  // an empty map was started for the first stroke
    QCOMPARE(study.segmenterKey(), QStringLiteral("file"));
    QCOMPARE(study.segmenter(), QStringLiteral("Drawn by a reader"));
    const ImageGeometry& g = study.volume()->geometry();
    edits->strokeApply(BrushShape::dab(g, {10, 10, 4}, 2.0, 2));
    edits->strokeApply(BrushShape::segment(g, {10, 10, 4}, {30, 12, 4}, 2.0, 2));
    QCOMPARE(changed.count(), 0);  // queued: listeners hear once per event-loop turn
    QCoreApplication::processEvents();
    QCOMPARE(changed.count(), 1);
    const VoxelBox box = changed.front().at(1).value<VoxelBox>();
    QCOMPARE(box.min[0], 8);
    QCOMPARE(box.max[0], 32);
    QCOMPARE(box.min[2], 4);
    QCOMPARE(box.max[2], 4);
    edits->endStroke();
    const std::size_t painted = study.labels()->count(Heart);
    QVERIFY(painted > 60);
    QCOMPARE(edits->provenance().added(Heart), painted);
    QVERIFY(edits->hasUnsavedEdits());
    // Undo goes through the same signal, with the step's box.
    changed.clear();
    QVERIFY(edits->undo());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(study.labels()->count(Heart), std::size_t(0));
    QVERIFY(!edits->provenance().edited());
  }
};

QTEST_GUILESS_MAIN(LabelEditSessionTest)
#include "LabelEditSessionTest.moc"
