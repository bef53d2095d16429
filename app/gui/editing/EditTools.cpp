#include "app/gui/editing/EditTools.h"

#include "app/gui/StudySession.h"
#include "app/gui/editing/LabelEditSession.h"
#include "core/edit/BrushShape.h"
#include "core/edit/RegionGrow.h"

namespace heaorta {

PaintRule EditToolSettings::rule(EditMode mode) const {
  PaintRule r;
  r.label = label;
  r.mode = mode;
  r.over = over;
  r.overLabel = overLabel;
  if (huRange) r.minHu = minHu, r.maxHu = maxHu;
  return r;
}

BrushTool::BrushTool(LabelEditSession* edits, StudySession* study, SettingsSource settings, EditMode mode)
    : edits_(edits), study_(study), settings_(std::move(settings)), mode_(mode) {}

void BrushTool::press(const SliceToolEvent& event) {
  if (!study_->isOpen()) return;
  const EditToolSettings s = settings_();
  const EditAction action = mode_ == EditMode::Erase ? EditAction::EraserStroke : s.huRange ? EditAction::ThresholdPaint : EditAction::BrushStroke;
  edits_->beginStroke(action, s.rule(mode_));
  last_ = event.voxel;
  axis_ = s.sphere ? -1 : event.sliceAxis;
  edits_->strokeApply(BrushShape::dab(study_->volume()->geometry(), event.voxel, s.brushRadiusMm, axis_));
}

void BrushTool::drag(const SliceToolEvent& event) {
  if (!edits_->inStroke() || event.voxel == last_) return;
  edits_->strokeApply(BrushShape::segment(study_->volume()->geometry(), last_, event.voxel, settings_().brushRadiusMm, axis_));
  last_ = event.voxel;
}

void BrushTool::release(const SliceToolEvent&) { edits_->endStroke(); }

FillTool::FillTool(LabelEditSession* edits, StudySession* study, SettingsSource settings)
    : edits_(edits), study_(study), settings_(std::move(settings)) {}

void FillTool::press(const SliceToolEvent& event) {
  if (!study_->isOpen()) return;
  const EditToolSettings s = settings_();
  const EditRegion region = RegionGrow::grow(*study_->volume(), event.voxel, s.fillMinHu, s.fillMaxHu, s.fill3d ? -1 : event.sliceAxis);
  PaintRule rule = s.rule(EditMode::Add);
  rule.minHu.reset();  // the region already keeps to the fill range
  rule.maxHu.reset();
  edits_->applyOnce(EditAction::Fill, region, rule);
}

}  // namespace heaorta
