#include "app/gui/models/QuantificationModel.h"

#include "app/gui/editing/LabelEditSession.h"

namespace heaorta {

QuantificationModel::QuantificationModel(StudySession* session, QObject* parent) : QObject(parent), session_(session) {
  connect(session_, &StudySession::labelsReplaced, this, &QuantificationModel::rebuild);
  connect(session_, &StudySession::opened, this, &QuantificationModel::rebuild);
  connect(session_, &StudySession::closed, this, &QuantificationModel::rebuild);
  // Edits recompute only the slices they touched (the session merges a turn's dabs into one box).
  connect(session_->edits(), &LabelEditSession::labelsChanged, this, [this](quint64, const VoxelBox& box) { slicesEdited(box.min[2], box.max[2]); });
  // A committed step changes the edit record the result carries.
  connect(session_->edits(), &LabelEditSession::historyChanged, this, [this] {
    if (engine_) publish();
  });
  rebuild();  // a window built on an open session (after a language switch) shows its scores at once
}

void QuantificationModel::setSettings(const QuantSettings& settings) {
  settings_ = settings;
  rebuild();
}

void QuantificationModel::rebuild() {
  engine_.reset();
  result_.reset();
  if (session_->isOpen() && session_->labels()) {
    engine_ =
        std::make_unique<QuantificationEngine>(*session_->volume(), *session_->labels(), &session_->arteries(), session_->bone().get(), settings_);
    engine_->setExtraNotices(session_->segmentationNotices());
    engine_->computeAll();
  }
  publish();
}

void QuantificationModel::slicesEdited(int first, int last) {
  if (!engine_) return;
  engine_->updateSlices(first, last);
  publish();
}

LesionVoxels QuantificationModel::lesionVoxels() const { return engine_ ? engine_->lesionVoxels() : LesionVoxels{}; }

std::vector<Index3> QuantificationModel::lesionVoxelsAt(const Index3& voxel) const {
  return engine_ ? engine_->lesionVoxelsAt(voxel) : std::vector<Index3>{};
}

void QuantificationModel::publish() {
  if (engine_) {
    result_ = engine_->result();
    const EditProvenance& edits = session_->edits()->provenance();
    if (edits.edited()) result_->notices.push_back(Notice::translatable(QStringLiteral("reader-edited"), [edits] { return edits.summary(); }));
  }
  Q_EMIT resultChanged();
}

}  // namespace heaorta
