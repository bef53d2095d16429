#pragma once

#include "core/model/ImageGeometry.h"
#include "viewers/model/LabelDisplay.h"
#include "viewers/model/WindowPreset.h"

#include <QObject>

namespace heaorta {

// What every view of one study shares: the crosshair, window/level, highlight and label
// appearance. Widgets bind to it and hold none of this themselves.
class ViewerState : public QObject {
  Q_OBJECT

 public:
  explicit ViewerState(QObject* parent = nullptr);

  void setVolumeSize(const Index3& size);
  const Index3& volumeSize() const { return size_; }

  const Index3& cursor() const { return cursor_; }
  void setCursor(const Index3& voxel);  // clamped into the volume

  WindowLevel windowLevel() const { return windowLevel_; }
  void setWindowLevel(const WindowLevel& wl);  // marks the preset Custom when it differs
  WindowPreset preset() const { return preset_; }
  void applyPreset(WindowPreset preset);

  // The highlight follows the preset: calcium >= threshold, or the fat window.
  const HuHighlight& highlight() const { return highlight_; }
  void setCalciumThreshold(int hu);
  void setFatWindow(int lowHu, int highHu);

  const LabelDisplay& labelDisplay() const { return labels_; }
  void setLabelAppearance(uint8_t label, const LabelAppearance& appearance);
  void setOutline(bool outline);

 Q_SIGNALS:
  void cursorChanged(const heaorta::Index3& voxel);
  void windowLevelChanged(const heaorta::WindowLevel& wl);
  void overlayChanged();  // highlight or label appearance

 private:
  void updateHighlight();

  Index3 size_{1, 1, 1};
  Index3 cursor_{0, 0, 0};
  WindowLevel windowLevel_ = WindowPresets::windowLevel(WindowPreset::Mediastinum);
  WindowPreset preset_ = WindowPreset::Mediastinum;
  HuHighlight highlight_;
  int calciumThreshold_ = 130;
  int fatLow_ = -190;
  int fatHigh_ = -30;
  LabelDisplay labels_;
};

}  // namespace heaorta
