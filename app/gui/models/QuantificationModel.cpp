#include "app/gui/models/QuantificationModel.h"

namespace heaorta {

QuantificationModel::QuantificationModel(StudySession* session, QObject* parent) : QObject(parent), session_(session) {
  connect(session_, &StudySession::labelsReplaced, this, &QuantificationModel::rebuild);
  connect(session_, &StudySession::opened, this, &QuantificationModel::rebuild);
  connect(session_, &StudySession::closed, this, &QuantificationModel::rebuild);
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
    engine_ = std::make_unique<QuantificationEngine>(*session_->volume(), *session_->labels(), &session_->arteries(),
                                                     session_->bone().get(), settings_);
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

VoxelImage<uint8_t> QuantificationModel::lesionMap() const {
  return engine_ ? engine_->lesionMap() : VoxelImage<uint8_t>();
}

void QuantificationModel::publish() {
  if (engine_) result_ = engine_->result();
  Q_EMIT resultChanged();
}

}  // namespace heaorta
