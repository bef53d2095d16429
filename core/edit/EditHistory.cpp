#include "core/edit/EditHistory.h"

#include <algorithm>

namespace heaorta {

void EditHistory::push(EditStep step) {
  while (steps_.size() > position_) {
    bytes_ -= steps_.back().memoryBytes();
    steps_.pop_back();
  }
  bytes_ += step.memoryBytes();
  steps_.push_back(std::move(step));
  ++position_;
  while (bytes_ > budget_ && steps_.size() > 1) {
    bytes_ -= steps_.front().memoryBytes();
    steps_.pop_front();
    --position_;
    ++forgotten_;
  }
}

const EditStep* EditHistory::undo(LabelMap& labels, ArteryAssignments& arteries) {
  if (!canUndo()) return nullptr;
  const EditStep& step = steps_[--position_];
  step.revert(labels, arteries);
  return &step;
}

const EditStep* EditHistory::redo(LabelMap& labels, ArteryAssignments& arteries) {
  if (!canRedo()) return nullptr;
  const EditStep& step = steps_[position_++];
  step.reapply(labels, arteries);
  return &step;
}

void EditHistory::clear() {
  steps_.clear();
  position_ = bytes_ = forgotten_ = 0;
}

void EditHistory::adopt(std::vector<EditStep> steps, std::size_t position) {
  clear();
  for (EditStep& s : steps) {
    bytes_ += s.memoryBytes();
    steps_.push_back(std::move(s));
  }
  position_ = std::min(position, steps_.size());
}

}  // namespace heaorta
