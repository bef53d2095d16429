#pragma once

#include "core/edit/VoxelBox.h"
#include "core/model/LabelMap.h"

#include <QByteArray>
#include <cstdint>
#include <functional>
#include <vector>

namespace heaorta {

// The undo record of one edit: old and new labels over the tight changed box, run-length
// encoded. Unchanged voxels are stored as skip runs, so a brush dab costs a few runs per row.
class LabelDelta {
 public:
  struct Run {
    uint32_t length = 0;
    uint8_t before = 0;
    uint8_t after = 0;  // before == after: a run of unchanged voxels
  };

  // Old vs new over `box`, both given in box order.
  static LabelDelta between(const VoxelBox& box, const std::vector<uint8_t>& before, const std::vector<uint8_t>& after);

  const VoxelBox& box() const { return box_; }
  bool empty() const { return changed_ == 0; }
  std::size_t changedCount() const { return changed_; }
  std::size_t memoryBytes() const { return sizeof(*this) + runs_.capacity() * sizeof(Run); }
  const std::vector<Run>& runs() const { return runs_; }

  void revert(LabelMap& labels) const { write(labels, true); }    // undo
  void reapply(LabelMap& labels) const { write(labels, false); }  // redo
  // Every changed voxel with its old and new label.
  void forEachChange(const std::function<void(int i, int j, int k, uint8_t before, uint8_t after)>& visit) const;

  QByteArray serialize() const;
  static LabelDelta deserialize(const QByteArray& bytes, bool* ok);

 private:
  friend class LabelDeltaBuilder;
  void write(LabelMap& labels, bool before) const;

  VoxelBox box_;
  std::vector<Run> runs_;
  std::size_t changed_ = 0;
};

// Appends voxels in box order (x fastest); used while an edit writes its box.
class LabelDeltaBuilder {
 public:
  explicit LabelDeltaBuilder(const VoxelBox& box);
  void push(uint8_t before, uint8_t after);
  LabelDelta finish();

 private:
  LabelDelta delta_;
};

}  // namespace heaorta
