#pragma once

#include "core/model/Notice.h"

#include "app/gui/WrappingLabel.h"

namespace heaorta {

class StudySession;

// Always visible above the views once there are masks: which segmenter made them, and whether
// they deserve caution (fallback, untrained model, contrast) or failed the segmentation check
// (then it is red and says so first).
class SegmentationBanner : public WrappingLabel {
  Q_OBJECT

 public:
  explicit SegmentationBanner(StudySession* session, QWidget* parent = nullptr);
  // The failure notices of the latest result (SegmentationCheck); empty when the masks pass.
  void setFailures(const Notices& failures);
  bool showsFailure() const { return !failures_.empty(); }

 private:
  void refresh();
  StudySession* session_;
  Notices failures_;
};

}  // namespace heaorta
