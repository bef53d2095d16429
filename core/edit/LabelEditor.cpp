#include "core/edit/LabelEditor.h"

namespace heaorta {

std::size_t EditRegion::selectedCount() const {
  std::size_t n = 0;
  for (const uint8_t m : mask) n += m != 0;
  return n;
}

EditRegion EditRegion::cropped(const VoxelBox& inner) const {
  EditRegion region = over(inner);
  for (int k = inner.min[2]; k <= inner.max[2]; ++k)
    for (int j = inner.min[1]; j <= inner.max[1]; ++j)
      for (int i = inner.min[0]; i <= inner.max[0]; ++i) region.at(i, j, k) = at(i, j, k);
  return region;
}

LabelDelta LabelEditor::apply(LabelMap& labels, const Volume& ct, const EditRegion& region, const PaintRule& rule) {
  const VoxelBox box = region.box.clippedTo(labels.size());
  const auto changes = [&](int i, int j, int k, uint8_t& after) {
    if (!region.at(i, j, k)) return false;
    const uint8_t before = labels.at(i, j, k);
    after = rule.resultFor(before);
    return after != before && rule.huAllows(ct.at(i, j, k));
  };
  // First pass: the tight box of what changes, so the delta covers only that.
  VoxelBox changed;
  uint8_t after = 0;
  for (int k = box.min[2]; k <= box.max[2]; ++k)
    for (int j = box.min[1]; j <= box.max[1]; ++j)
      for (int i = box.min[0]; i <= box.max[0]; ++i)
        if (changes(i, j, k, after)) changed.include(Index3{i, j, k});
  LabelDeltaBuilder delta(changed);
  for (int k = changed.min[2]; k <= changed.max[2]; ++k)
    for (int j = changed.min[1]; j <= changed.max[1]; ++j)
      for (int i = changed.min[0]; i <= changed.max[0]; ++i) {
        uint8_t& voxel = labels.at(i, j, k);
        const uint8_t before = voxel;
        if (changes(i, j, k, after)) voxel = after;
        delta.push(before, voxel);
      }
  return delta.finish();
}

}  // namespace heaorta
