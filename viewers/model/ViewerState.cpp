#include "viewers/model/ViewerState.h"

#include <algorithm>

namespace heaorta {

ViewerState::ViewerState(QObject* parent) : QObject(parent) { updateHighlight(); }

void ViewerState::setVolumeSize(const Index3& size) {
  size_ = size;
  setCursor({size[0] / 2, size[1] / 2, size[2] / 2});
}

void ViewerState::setCursor(const Index3& voxel) {
  Index3 clamped;
  for (int a = 0; a < 3; ++a) clamped[a] = std::clamp(voxel[a], 0, std::max(0, size_[a] - 1));
  if (clamped == cursor_) return;
  cursor_ = clamped;
  Q_EMIT cursorChanged(cursor_);
}

void ViewerState::setWindowLevel(const WindowLevel& wl) {
  const WindowLevel sane{std::max(1.0, wl.window), wl.level};
  if (sane == windowLevel_) return;
  windowLevel_ = sane;
  if (preset_ != WindowPreset::Custom && !(WindowPresets::windowLevel(preset_) == sane)) {
    // Keep the preset's highlight while the reader fine-tunes the window.
    const WindowPreset keepHighlight = preset_;
    preset_ = WindowPreset::Custom;
    if (keepHighlight != WindowPreset::Calcium && keepHighlight != WindowPreset::Fat) updateHighlight();
  }
  Q_EMIT windowLevelChanged(windowLevel_);
}

void ViewerState::applyPreset(WindowPreset preset) {
  preset_ = preset;
  windowLevel_ = WindowPresets::windowLevel(preset);
  updateHighlight();
  Q_EMIT windowLevelChanged(windowLevel_);
  Q_EMIT overlayChanged();
}

void ViewerState::setCalciumThreshold(int hu) {
  calciumThreshold_ = hu;
  updateHighlight();
  Q_EMIT overlayChanged();
}

void ViewerState::setFatWindow(int lowHu, int highHu) {
  fatLow_ = lowHu;
  fatHigh_ = highHu;
  updateHighlight();
  Q_EMIT overlayChanged();
}

void ViewerState::setLabelAppearance(uint8_t label, const LabelAppearance& appearance) {
  labels_.appearance(label) = appearance;
  Q_EMIT overlayChanged();
}

void ViewerState::setOutline(bool outline) {
  labels_.outline = outline;
  Q_EMIT overlayChanged();
}

void ViewerState::updateHighlight() {
  switch (preset_) {
    case WindowPreset::Calcium:
      highlight_ = {true, calciumThreshold_, 32767, QColor(255, 40, 200, 170)};
      break;
    case WindowPreset::Fat:
      highlight_ = {true, fatLow_, fatHigh_, QColor(255, 230, 0, 140)};
      break;
    default:
      highlight_.enabled = false;
      break;
  }
}

}  // namespace heaorta
