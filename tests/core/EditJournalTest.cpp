// Crash-safe autosave: what is replayed after a crash equals what was there after the last step.
#include "core/edit/BrushShape.h"
#include "core/edit/EditJournal.h"
#include "core/edit/LabelEditor.h"
#include "core/edit/LesionEditor.h"
#include "core/util/Error.h"
#include "tests/support/Phantom.h"

#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <fstream>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

EditJournal::Manifest manifestFor(const Phantom& p) {
  return {QStringLiteral("/data/study"),
          QStringLiteral("1.2.3"),
          QStringLiteral("Test^Patient"),
          QStringLiteral("anatomical-fallback"),
          QStringLiteral("Anatomical fallback segmenter"),
          {{QStringLiteral("fallback-segmenter"), QStringLiteral("Check the masks.")}},
          p.ct.geometry()};
}

bool same(const LabelMap& a, const LabelMap& b) { return a.voxels() == b.voxels(); }

}  // namespace

class EditJournalTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void replayGivesTheMasksAfterTheLastStep() {
    QTemporaryDir root;
    std::mt19937 rng(5);
    Phantom p({32, 32, 8}, {1, 1, 2});
    p.labelBox({4, 4, 1}, {20, 20, 6}, Heart);
    ArteryAssignments arteries(p.ct.geometry());
    arteries.assign(1, 1, 1, Artery::RCA);
    VoxelImage<uint8_t> bone(p.ct.geometry(), 0);
    bone.at(30, 30, 7) = bone.at(31, 30, 7) = 1;
    EditJournal journal(root.path().toStdString(), manifestFor(p), p.labels, arteries, &bone);
    std::vector<EditStep> steps;
    std::uniform_int_distribution<int> x(0, 31), z(0, 7);
    for (int s = 0; s < 12; ++s) {
      EditStep step;
      step.action = EditAction::BrushStroke;
      step.label = AscendingAorta;
      step.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {x(rng), x(rng), z(rng)}, 3.0, 2),
                                       {AscendingAorta, EditMode::Add, PaintOver::All, 0, {}, {}});
      if (s == 5) step.arteries = LesionEditor::assign(arteries, {{3, 3, 3}, {3, 4, 3}}, Artery::LAD);
      journal.appendStep(step);
      steps.push_back(std::move(step));
    }
    // Undo two, redo one: 11 steps applied.
    steps[11].revert(p.labels, arteries);
    journal.appendUndo();
    steps[10].revert(p.labels, arteries);
    journal.appendUndo();
    steps[10].reapply(p.labels, arteries);
    journal.appendRedo();

    const std::vector<fs::path> pending = EditJournal::pending(root.path().toStdString());
    QCOMPARE(pending.size(), std::size_t(0));  // this process holds the journal: not pending
    const EditJournal::Recovered r = EditJournal::read(journal.folder());
    QCOMPARE(r.steps.size(), std::size_t(12));
    QCOMPARE(r.position, std::size_t(11));
    QCOMPARE(r.manifest.seriesInstanceUid, QStringLiteral("1.2.3"));
    // What the scores depend on besides the labels comes back too: the bone mask and the cautions.
    QVERIFY(r.bone && r.bone->voxels() == bone.voxels());
    QCOMPARE(r.manifest.originName, QStringLiteral("Anatomical fallback segmenter"));
    QCOMPARE(r.manifest.notices.size(), std::size_t(1));
    QCOMPARE(r.manifest.notices[0].code, QStringLiteral("fallback-segmenter"));
    QVERIFY(r.manifest.geometry.sameGrid(p.ct.geometry()));
    LabelMap labels;
    ArteryAssignments replayed;
    EditJournal::replay(r, labels, replayed);
    QVERIFY(same(labels, p.labels));
    QCOMPARE(replayed.at(3, 4, 3), Artery::LAD);
    QCOMPARE(replayed.at(1, 1, 1), Artery::RCA);
    QCOMPARE(r.steps[3].title(), QStringLiteral("Brush stroke (ascending aorta)"));
  }

  void aTornLastRecordIsIgnored() {
    QTemporaryDir root;
    Phantom p({16, 16, 4}, {1, 1, 1});
    const LabelMap baseline = p.labels;
    ArteryAssignments arteries(p.ct.geometry());
    fs::path folder;
    LabelMap afterFirst;
    {
      EditJournal journal(root.path().toStdString(), manifestFor(p), p.labels, arteries);
      folder = journal.folder();
      for (int s = 0; s < 2; ++s) {
        EditStep step;
        step.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {4 + 6 * s, 8, 2}, 2.0, 2), {});
        journal.appendStep(step);
        if (s == 0) afterFirst = p.labels;
      }
    }
    // The crash cut the second record short.
    const fs::path file = folder / "journal.bin";
    fs::resize_file(file, fs::file_size(file) - 3);
    QCOMPARE(EditJournal::pending(root.path().toStdString()).size(), std::size_t(1));
    const EditJournal::Recovered r = EditJournal::read(folder);
    QCOMPARE(r.steps.size(), std::size_t(1));
    LabelMap labels;
    ArteryAssignments replayed;
    EditJournal::replay(r, labels, replayed);
    QVERIFY(same(labels, afterFirst));
    QVERIFY(!same(labels, baseline));
  }

  void aDamagedBaselineIsRefusedWithAMessage() {
    QTemporaryDir root;
    Phantom p({8, 8, 2}, {1, 1, 1});
    EditJournal journal(root.path().toStdString(), manifestFor(p), p.labels, ArteryAssignments(p.ct.geometry()));
    std::ofstream(journal.folder() / "baseline.rle", std::ios::trunc) << "garbage";
    try {
      EditJournal::read(journal.folder());
      QFAIL("a damaged baseline was read");
    } catch (const HeaortaError& e) {
      QVERIFY2(e.message().contains(QLatin1String("cannot be read")), qPrintable(e.message()));
    }
  }

  void aReadOnlyFolderGivesAClearError() {
    if (::geteuid() == 0) QSKIP("root ignores folder permissions");
    QTemporaryDir root;
    ::chmod(root.path().toLocal8Bit().constData(), 0500);
    Phantom p({8, 8, 2}, {1, 1, 1});
    try {
      EditJournal journal(root.path().toStdString(), manifestFor(p), p.labels, ArteryAssignments(p.ct.geometry()));
      QFAIL("a journal was created in a read-only folder");
    } catch (const HeaortaError& e) {
      QVERIFY2(e.message().contains(QLatin1String("cannot be written")), qPrintable(e.message()));
    }
    ::chmod(root.path().toLocal8Bit().constData(), 0700);
  }

  void aFullDiskGivesAClearError() {
    // /dev/full answers every write with ENOSPC, as a full disk does.
    if (!fs::exists("/dev/full")) QSKIP("no /dev/full");
    QTemporaryDir root;
    Phantom p({8, 8, 2}, {1, 1, 1});
    EditJournal journal(root.path().toStdString(), manifestFor(p), p.labels, ArteryAssignments(p.ct.geometry()));
    const fs::path file = journal.folder() / "journal.bin";
    fs::remove(file);
    fs::create_symlink("/dev/full", file);
    EditJournal::Recovered target;
    target.folder = journal.folder();
    EditJournal full(target);
    EditStep step;
    step.labels = LabelEditor::apply(p.labels, p.ct, BrushShape::dab(p.ct.geometry(), {4, 4, 1}, 2.0, 2), {});
    try {
      full.appendStep(step);
      QFAIL("a write to a full disk succeeded");
    } catch (const HeaortaError& e) {
      QVERIFY2(e.message().contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(e.message()));
    }
  }
};

QTEST_GUILESS_MAIN(EditJournalTest)
#include "EditJournalTest.moc"
