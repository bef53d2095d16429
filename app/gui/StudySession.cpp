#include "app/gui/StudySession.h"

namespace heaorta {

void StudySession::open(std::shared_ptr<Volume> volume, const std::filesystem::path& source) {
  volume_ = std::move(volume);
  labels_.reset();
  source_ = source;
  Q_EMIT opened();
}

void StudySession::setLabels(std::shared_ptr<LabelMap> labels) {
  labels_ = std::move(labels);
  Q_EMIT labelsReplaced();
}

void StudySession::close() {
  volume_.reset();
  labels_.reset();
  source_.clear();
  Q_EMIT closed();
}

}  // namespace heaorta
