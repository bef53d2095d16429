#include "app/gui/editing/LabelEditSession.h"

#include "app/gui/StudySession.h"
#include "core/edit/LabelEditor.h"
#include "core/edit/LesionEditor.h"
#include "core/util/Error.h"

#include <QMetaObject>

namespace heaorta {

// The dabs of the stroke in progress: their deltas merge into one step at the end.
struct LabelEditSession::Stroke {
  EditAction action;
  PaintRule rule;
  std::vector<LabelDelta> dabs;
};

LabelEditSession::LabelEditSession(StudySession* study) : QObject(study), study_(study), journalRoot_(EditJournal::defaultRoot()) {
  connect(study_, &StudySession::opened, this, &LabelEditSession::reset);
  connect(study_, &StudySession::labelsReplaced, this, &LabelEditSession::reset);
  connect(study_, &StudySession::closed, this, &LabelEditSession::reset);
}

LabelEditSession::~LabelEditSession() = default;

void LabelEditSession::reset() {
  if (std::exchange(stroke_, nullptr)) Q_EMIT strokeEnded();
  history_.clear();
  provenance_.clear();
  baseline_.reset();
  if (journal_) journal_->discard();
  journal_.reset();
  unsaved_ = false;
  autosaveProblem_.clear();
  Q_EMIT historyChanged();
}

void LabelEditSession::ensureBaseline() {
  if (baseline_) return;
  baseline_ = std::make_shared<const LabelMap>(*study_->labels());
  const Volume& ct = *study_->volume();
  EditJournal::Manifest manifest{QString::fromStdString(study_->source().string()),
                                 QString::fromStdString(ct.metadata().seriesInstanceUid),
                                 QString::fromStdString(ct.metadata().patientName),
                                 study_->segmenterKey(),
                                 study_->segmenter(),
                                 study_->segmentationNotices(),
                                 ct.geometry()};
  try {
    journal_ = std::make_unique<EditJournal>(journalRoot_, manifest, *baseline_, study_->arteries(), study_->bone().get());
  } catch (const HeaortaError& e) {
    autosaveOff(tr("Autosave is off: %1. Your edits are kept while the program runs; save the label map to keep them.").arg(e.message()));
  }
}

void LabelEditSession::autosaveOff(const QString& problem) {
  journal_.reset();
  autosaveProblem_ = problem;
  Q_EMIT autosaveFailed(autosaveProblem_);
}

void LabelEditSession::journal(const std::function<void(EditJournal&)>& write) {
  if (!journal_) return;
  try {
    write(*journal_);
  } catch (const HeaortaError& e) {
    autosaveOff(tr("Autosave stopped: %1. Your edits are kept while the program runs; save the label map to keep them.").arg(e.message()));
  }
}

bool LabelEditSession::ensureLabels() {
  if (study_->labels()) return true;
  if (!study_->isOpen()) return false;
  // An annotator may draw from nothing: an empty label map on the CT grid, said to be drawn by hand.
  study_->setLabels(std::make_shared<LabelMap>(study_->volume()->geometry()), [] { return tr("Drawn by a reader"); });
  return true;
}

void LabelEditSession::beginStroke(EditAction action, const PaintRule& rule) {
  if (!ensureLabels()) return;
  ensureBaseline();
  stroke_ = std::make_unique<Stroke>(Stroke{action, rule, {}});
  Q_EMIT strokeStarted();
}

void LabelEditSession::strokeApply(const EditRegion& region) {
  if (!stroke_) return;
  LabelDelta delta = LabelEditor::apply(*study_->labels(), *study_->volume(), region, stroke_->rule);
  if (delta.empty()) return;
  changed(delta.box());
  stroke_->dabs.push_back(std::move(delta));
}

void LabelEditSession::endStroke() {
  if (!stroke_) return;
  commitStroke(std::move(stroke_));
  Q_EMIT strokeEnded();
}

void LabelEditSession::commitStroke(std::unique_ptr<Stroke> stroke) {
  if (stroke->dabs.empty()) return;
  // One delta for the whole stroke: the labels now, and under them the oldest value each dab saw.
  VoxelBox box;
  for (const LabelDelta& d : stroke->dabs) box.include(d.box());
  std::vector<uint8_t> after(box.voxelCount());
  const LabelMap& labels = *study_->labels();
  for (int k = box.min[2]; k <= box.max[2]; ++k)
    for (int j = box.min[1]; j <= box.max[1]; ++j)
      for (int i = box.min[0]; i <= box.max[0]; ++i) after[box.offset(i, j, k)] = labels.at(i, j, k);
  std::vector<uint8_t> before = after;
  for (auto d = stroke->dabs.rbegin(); d != stroke->dabs.rend(); ++d)
    d->forEachChange([&](int i, int j, int k, uint8_t old, uint8_t) { before[box.offset(i, j, k)] = old; });
  EditStep step;
  step.action = stroke->action;
  step.label = stroke->rule.label;
  step.labels = LabelDelta::between(box, before, after);
  if (step.empty()) return;
  commit(std::move(step));
}

std::size_t LabelEditSession::applyOnce(EditAction action, const EditRegion& region, const PaintRule& rule) {
  if (region.empty() || !ensureLabels()) return 0;
  ensureBaseline();
  EditStep step;
  step.action = action;
  step.label = rule.label;
  step.labels = LabelEditor::apply(*study_->labels(), *study_->volume(), region, rule);
  const std::size_t count = step.labels.changedCount();
  if (step.empty()) return 0;
  changed(step.labels.box());
  commit(std::move(step));
  return count;
}

std::size_t LabelEditSession::assignLesion(const std::vector<Index3>& voxels, Artery artery) {
  if (!study_->labels() || voxels.empty()) return 0;
  ensureBaseline();
  EditStep step;
  step.action = artery == Artery::Excluded ? EditAction::ExcludeLesion : EditAction::AssignLesion;
  step.label = static_cast<uint8_t>(artery);
  step.arteries = LesionEditor::assign(study_->arteries(), voxels, artery);
  const std::size_t count = step.arteries.size();
  if (step.empty()) return 0;
  changed(step.box());
  commit(std::move(step));
  return count;
}

void LabelEditSession::commit(EditStep step) {
  provenance_.account(step, *baseline_, true);
  journal([&](EditJournal& j) { j.appendStep(step); });
  history_.push(std::move(step));
  announceStep();
}

void LabelEditSession::announceStep() {
  unsaved_ = true;
  flush();  // the scores and views are current before the history and the heavy listeners hear
  Q_EMIT historyChanged();
  Q_EMIT strokeFinished();
}

bool LabelEditSession::undo() { return moveInHistory(false); }
bool LabelEditSession::redo() { return moveInHistory(true); }

bool LabelEditSession::moveInHistory(bool forward) {
  if (inStroke() || !study_->labels()) return false;
  LabelMap& labels = *study_->labels();
  const EditStep* step = forward ? history_.redo(labels, study_->arteries()) : history_.undo(labels, study_->arteries());
  if (!step) return false;
  provenance_.account(*step, *baseline_, forward);
  journal([forward](EditJournal& j) { forward ? j.appendRedo() : j.appendUndo(); });
  changed(step->box());
  announceStep();
  return true;
}

void LabelEditSession::changed(const VoxelBox& box) {
  ++revision_;
  pending_.include(box);
  if (flushQueued_) return;
  flushQueued_ = true;
  QMetaObject::invokeMethod(this, &LabelEditSession::flush, Qt::QueuedConnection);
}

void LabelEditSession::flush() {
  flushQueued_ = false;
  const VoxelBox box = pending_;
  pending_ = VoxelBox{};
  if (!box.empty()) Q_EMIT labelsChanged(revision_, box);
}

void LabelEditSession::restore(const EditJournal::Recovered& recovered) {
  auto labels = std::make_shared<LabelMap>(recovered.baseline);
  ArteryAssignments arteries = recovered.baselineArteries;
  EditJournal::replay(recovered, *labels, arteries);
  std::shared_ptr<VoxelImage<uint8_t>> bone;
  if (recovered.bone) bone = std::make_shared<VoxelImage<uint8_t>>(*recovered.bone);
  // Who made the masks and their cautions come back too: a restore must not hide a fallback.
  study_->restoreMasks(std::move(labels), std::move(bone), std::move(arteries), recovered.manifest.origin, recovered.manifest.originName,
                       recovered.manifest.notices);  // resets this session
  baseline_ = std::make_shared<const LabelMap>(recovered.baseline);
  history_.adopt(recovered.steps, recovered.position);
  for (std::size_t s = 0; s < recovered.position; ++s) provenance_.account(recovered.steps[s], *baseline_, true);
  try {
    journal_ = std::make_unique<EditJournal>(recovered);
  } catch (const HeaortaError& e) {
    autosaveOff(tr("Autosave is off: %1.").arg(e.message()));
  }
  changed(VoxelBox::whole(study_->labels()->size()));
  announceStep();
}

void LabelEditSession::discardJournal() {
  if (journal_) journal_->discard();
  journal_.reset();
}

}  // namespace heaorta
