#pragma once

#include "core/edit/EditStep.h"

#include <deque>

namespace heaorta {

// Undo and redo over named steps. Memory is bounded: when the steps exceed the budget the oldest
// are forgotten (they can no longer be undone; the edits themselves stay).
class EditHistory {
 public:
  explicit EditHistory(std::size_t budgetBytes = 64u << 20) : budget_(budgetBytes) {}

  // A new step: drops what could be redone.
  void push(EditStep step);
  bool canUndo() const { return position_ > 0; }
  bool canRedo() const { return position_ < steps_.size(); }
  // Undo/redo return the step they reverted/reapplied (its box is what changed); null when none.
  const EditStep* undo(LabelMap& labels, ArteryAssignments& arteries);
  const EditStep* redo(LabelMap& labels, ArteryAssignments& arteries);
  void clear();
  // Takes over recovered steps of which the first `position` are applied already.
  void adopt(std::vector<EditStep> steps, std::size_t position);

  const std::deque<EditStep>& steps() const { return steps_; }
  std::size_t position() const { return position_; }  // steps_[0, position) are applied
  std::size_t memoryBytes() const { return bytes_; }
  std::size_t budgetBytes() const { return budget_; }
  std::size_t forgottenCount() const { return forgotten_; }

 private:
  std::size_t budget_;
  std::deque<EditStep> steps_;
  std::size_t position_ = 0;
  std::size_t bytes_ = 0;
  std::size_t forgotten_ = 0;
};

}  // namespace heaorta
