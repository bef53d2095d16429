#pragma once

#include "core/edit/EditStep.h"
#include "core/edit/PaintRule.h"
#include "viewers/mpr/SliceTool.h"

#include <functional>

namespace heaorta {

class LabelEditSession;
class QuantificationModel;
class StudySession;

// What the edit panel sets and the tools read.
struct EditToolSettings {
  uint8_t label = 1;
  double brushRadiusMm = 5.0;
  bool sphere = false;  // 3-D brush
  PaintOver over = PaintOver::All;
  uint8_t overLabel = 0;
  bool huRange = false;  // threshold paint: the brush only where HU lie in the range
  int minHu = 130;
  int maxHu = 3000;
  int fillMinHu = -100;  // fill / region grow range
  int fillMaxHu = 200;
  bool fill3d = false;

  PaintRule rule(EditMode mode) const;
};

using SettingsSource = std::function<EditToolSettings()>;

// Brush, eraser and threshold paint (the brush with an HU range): one stroke per press-drag-release,
// the segment between successive mouse positions painted so that fast drags leave no gaps.
class BrushTool : public SliceTool {
 public:
  BrushTool(LabelEditSession* edits, StudySession* study, SettingsSource settings, EditMode mode);
  void press(const SliceToolEvent& event) override;
  void drag(const SliceToolEvent& event) override;
  void release(const SliceToolEvent& event) override;
  double outlineRadiusMm() const override { return settings_().brushRadiusMm; }

 private:
  LabelEditSession* edits_;
  StudySession* study_;
  SettingsSource settings_;
  EditMode mode_;
  Index3 last_{0, 0, 0};
  int axis_ = 2;
};

// Fill / region grow from the clicked voxel within the fill HU range, in the slice or in 3-D.
class FillTool : public SliceTool {
 public:
  FillTool(LabelEditSession* edits, StudySession* study, SettingsSource settings);
  void press(const SliceToolEvent& event) override;
  void drag(const SliceToolEvent&) override {}
  void release(const SliceToolEvent&) override {}

 private:
  LabelEditSession* edits_;
  StudySession* study_;
  SettingsSource settings_;
};

// Picks the calcified lesion under the click (for artery assignment or exclusion).
class LesionPickTool : public SliceTool {
 public:
  explicit LesionPickTool(std::function<void(const Index3&)> picked) : picked_(std::move(picked)) {}
  void press(const SliceToolEvent& event) override { picked_(event.voxel); }
  void drag(const SliceToolEvent&) override {}
  void release(const SliceToolEvent&) override {}

 private:
  std::function<void(const Index3&)> picked_;
};

}  // namespace heaorta
