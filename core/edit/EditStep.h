#pragma once

#include "core/edit/LabelDelta.h"
#include "core/model/ArteryAssignments.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace heaorta {

// What the reader did, for the undo history ("Brush stroke (heart)").
enum class EditAction : uint8_t {
  BrushStroke,
  EraserStroke,
  ThresholdPaint,
  Fill,
  Interpolate,
  RemoveIslands,
  KeepLargest,
  FillHoles,
  AssignLesion,
  ExcludeLesion,
};

struct ArteryChange {
  Index3 voxel;
  Artery before;
  Artery after;
};

// One user action: one undo step. Compressed deltas only, never a copy of the volume.
struct EditStep {
  Q_DECLARE_TR_FUNCTIONS(heaorta::EditStep)

 public:
  EditAction action = EditAction::BrushStroke;
  uint8_t label = 0;                   // the label painted, or the lesion's new artery
  LabelDelta labels;                   // empty for lesion assignments
  std::vector<ArteryChange> arteries;  // lesion assignments and exclusions

  // Translated at call time, so the history follows a language switch.
  QString title() const;
  VoxelBox box() const;
  std::size_t memoryBytes() const { return labels.memoryBytes() + arteries.capacity() * sizeof(ArteryChange); }
  bool empty() const { return labels.empty() && arteries.empty(); }

  void revert(LabelMap& labelMap, ArteryAssignments& assignments) const;
  void reapply(LabelMap& labelMap, ArteryAssignments& assignments) const;
};

}  // namespace heaorta
