#pragma once

#include "core/model/ImageGeometry.h"

#include <Qt>

namespace heaorta {

// What a slice view tells an edit tool: the voxel under the mouse on the view's slice, the axis
// normal to that slice, and the keyboard modifiers.
struct SliceToolEvent {
  Index3 voxel{0, 0, 0};
  int sliceAxis = 2;
  Qt::KeyboardModifiers modifiers;
};

// An edit tool behind one interface: slice views translate left-button press, drag and release
// into voxels and forward them; the tool decides what to change.
class SliceTool {
 public:
  virtual ~SliceTool() = default;
  virtual void press(const SliceToolEvent& event) = 0;
  virtual void drag(const SliceToolEvent& event) = 0;
  virtual void release(const SliceToolEvent& event) = 0;
  // A footprint to draw under the mouse (brushes), in mm; 0 draws none.
  virtual double outlineRadiusMm() const { return 0; }
};

}  // namespace heaorta
