#pragma once

#include "app/gui/StudySession.h"
#include "core/quant/QuantificationEngine.h"

#include <QObject>
#include <memory>
#include <optional>

namespace heaorta {

// The scores of the open study, kept current: recomputed when the labels are replaced, and
// incrementally when slices are edited. Widgets read `result()` and listen to `resultChanged`.
class QuantificationModel : public QObject {
  Q_OBJECT

 public:
  explicit QuantificationModel(StudySession* session, QObject* parent = nullptr);

  const std::optional<QuantResult>& result() const { return result_; }
  const QuantSettings& settings() const { return settings_; }
  void setSettings(const QuantSettings& settings);
  // Lesion voxels (see QuantificationEngine::lesionVoxels); empty without masks.
  LesionVoxels lesionVoxels() const;
  // After an edit of slices [first, last] (labels or artery assignments).
  void slicesEdited(int first, int last);
  // The voxels of the scored lesion that holds `voxel` (empty if none).
  std::vector<Index3> lesionVoxelsAt(const Index3& voxel) const;

 Q_SIGNALS:
  void resultChanged();

 private:
  void rebuild();
  void publish();

  StudySession* session_;
  QuantSettings settings_;
  std::unique_ptr<QuantificationEngine> engine_;
  std::optional<QuantResult> result_;
};

}  // namespace heaorta
