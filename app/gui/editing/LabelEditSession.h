#pragma once

#include "core/edit/EditHistory.h"
#include "core/edit/EditJournal.h"
#include "core/edit/EditProvenance.h"
#include "core/edit/EditRegion.h"
#include "core/edit/PaintRule.h"

#include <QObject>
#include <memory>

namespace heaorta {

class StudySession;

// The reader's corrections of the open study: applies tool regions to the session's labels through
// the one write path, keeps the undo history, the provenance and the crash-safe journal, and tells
// listeners what changed. It lives beside the study session (a language switch rebuilds the
// window, not this). Change notices are coalesced: one `labelsChanged` per event-loop turn with
// the merged box, however many dabs arrived.
class LabelEditSession : public QObject {
  Q_OBJECT

 public:
  explicit LabelEditSession(StudySession* study);
  ~LabelEditSession() override;

  // A brush-like gesture: every region applied between begin and end is one undo step. Without
  // masks yet, the first edit starts an empty label map (drawing from scratch).
  void beginStroke(EditAction action, const PaintRule& rule);
  void strokeApply(const EditRegion& region);
  void endStroke();
  bool inStroke() const { return stroke_ != nullptr; }
  // A one-shot tool (fill, clean-up, interpolation): one undo step. Returns the voxels changed.
  std::size_t applyOnce(EditAction action, const EditRegion& region, const PaintRule& rule);
  // Gives a lesion's voxels to an artery (Artery::Excluded excludes it): one undo step.
  std::size_t assignLesion(const std::vector<Index3>& voxels, Artery artery);

  bool undo();
  bool redo();
  const EditHistory& history() const { return history_; }
  const EditProvenance& provenance() const { return provenance_; }
  quint64 revision() const { return revision_; }
  bool hasUnsavedEdits() const { return unsaved_; }
  void markSaved() { unsaved_ = false; }  // the labels were written to a file

  // Autosave: where journals live (tests point it elsewhere) and what went wrong, if anything.
  void setJournalRoot(const std::filesystem::path& root) { journalRoot_ = root; }
  const std::filesystem::path& journalRoot() const { return journalRoot_; }
  const QString& autosaveProblem() const { return autosaveProblem_; }
  // Puts recovered edits onto the open study (its grid must match): the masks after the last
  // completed step, with the undo history and the journal continued.
  void restore(const EditJournal::Recovered& recovered);
  // The journal is no longer needed (saved or discarded on a clean exit).
  void discardJournal();

 Q_SIGNALS:
  void labelsChanged(quint64 revision, const heaorta::VoxelBox& box);
  void strokeStarted();
  void strokeEnded();     // every started stroke ends, also when it changed nothing or the study closed
  void strokeFinished();  // also after undo, redo and one-shot tools: heavy listeners redo their work
  void historyChanged();
  void autosaveFailed(const QString& message);

 private:
  void reset();
  bool ensureLabels();
  void changed(const VoxelBox& box);
  void flush();
  void commit(EditStep step);
  bool moveInHistory(bool forward);
  void announceStep();
  void autosaveOff(const QString& problem);
  void journal(const std::function<void(EditJournal&)>& write);
  void ensureBaseline();

  struct Stroke;
  void commitStroke(std::unique_ptr<Stroke> stroke);
  StudySession* study_;
  EditHistory history_;
  EditProvenance provenance_;
  std::shared_ptr<const LabelMap> baseline_;
  std::unique_ptr<EditJournal> journal_;
  std::filesystem::path journalRoot_;
  std::unique_ptr<Stroke> stroke_;
  VoxelBox pending_;
  bool flushQueued_ = false;
  quint64 revision_ = 0;
  bool unsaved_ = false;
  QString autosaveProblem_;
};

}  // namespace heaorta
