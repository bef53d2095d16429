#pragma once

#include "core/edit/EditStep.h"

#include <QJsonObject>
#include <array>
#include <cstdint>

namespace heaorta {

// What a reader changed against the machine's masks: voxels added to and removed from each label,
// and lesions assigned or excluded. Kept exact as steps are applied, undone and redone, by
// comparing each changed voxel with the baseline (the masks before the first edit).
class EditProvenance {
 public:
  // `forward` false for an undo.
  void account(const EditStep& step, const LabelMap& baseline, bool forward);
  void clear() { *this = EditProvenance(); }

  bool edited() const;  // any mask or lesion differs from the baseline
  uint64_t added(uint8_t label) const { return added_[label]; }
  uint64_t removed(uint8_t label) const { return removed_[label]; }
  std::vector<uint8_t> editedLabels() const;
  int64_t arteryVoxelsChanged() const { return arteryVoxels_; }

  // {"edited_by_reader": bool, "labels": {"heart": {"added": n, "removed": n}, ...}, "lesion_voxels_reassigned": n}
  QJsonObject toJson() const;
  static EditProvenance fromJson(const QJsonObject& json);
  // One line for screens and reports; empty when nothing was edited.
  QString summary() const;

 private:
  std::array<uint64_t, 256> added_{};
  std::array<uint64_t, 256> removed_{};
  int64_t arteryVoxels_ = 0;  // artery changes applied (net of undo)
};

}  // namespace heaorta
