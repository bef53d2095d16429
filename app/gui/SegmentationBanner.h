#pragma once

#include <QLabel>

namespace heaorta {

class StudySession;

// Always visible above the views once there are masks: which segmenter made them, and whether
// they deserve caution (fallback, untrained model, contrast).
class SegmentationBanner : public QLabel {
  Q_OBJECT

 public:
  explicit SegmentationBanner(StudySession* session, QWidget* parent = nullptr);

 private:
  void refresh();
  StudySession* session_;
};

}  // namespace heaorta
