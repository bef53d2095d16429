#include "core/edit/EditStep.h"

namespace heaorta {
namespace {

QString labelName(uint8_t label) {
  switch (label) {
    case Heart:
      return EditStep::tr("heart");
    case AscendingAorta:
      return EditStep::tr("ascending aorta");
    case DescendingAorta:
      return EditStep::tr("descending aorta");
    default:
      break;
  }
  return EditStep::tr("label %1").arg(label);
}

}  // namespace

QString EditStep::title() const {
  switch (action) {
    case EditAction::BrushStroke:
      return tr("Brush stroke (%1)").arg(labelName(label));
    case EditAction::EraserStroke:
      return tr("Eraser stroke (%1)").arg(labelName(label));
    case EditAction::ThresholdPaint:
      return tr("Threshold paint (%1)").arg(labelName(label));
    case EditAction::Fill:
      return tr("Fill (%1)").arg(labelName(label));
    case EditAction::Interpolate:
      return tr("Interpolate (%1)").arg(labelName(label));
    case EditAction::RemoveIslands:
      return tr("Remove islands (%1)").arg(labelName(label));
    case EditAction::KeepLargest:
      return tr("Keep largest part (%1)").arg(labelName(label));
    case EditAction::FillHoles:
      return tr("Fill holes (%1)").arg(labelName(label));
    case EditAction::AssignLesion:
      return label == 0 ? tr("Unassign lesion") : tr("Assign lesion to %1").arg(QLatin1String(arteryKey(static_cast<Artery>(label))));
    case EditAction::ExcludeLesion:
      return tr("Exclude lesion");
  }
  return {};
}

VoxelBox EditStep::box() const {
  VoxelBox b = labels.box();
  for (const ArteryChange& c : arteries) b.include(c.voxel);
  return b;
}

void EditStep::revert(LabelMap& labelMap, ArteryAssignments& assignments) const {
  labels.revert(labelMap);
  for (auto c = arteries.rbegin(); c != arteries.rend(); ++c) assignments.assign(c->voxel[0], c->voxel[1], c->voxel[2], c->before);
}

void EditStep::reapply(LabelMap& labelMap, ArteryAssignments& assignments) const {
  labels.reapply(labelMap);
  for (const ArteryChange& c : arteries) assignments.assign(c.voxel[0], c.voxel[1], c.voxel[2], c.after);
}

}  // namespace heaorta
