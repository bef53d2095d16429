#include "core/edit/LabelMorphology.h"

#include <algorithm>
#include <vector>

namespace heaorta {
namespace {

// Connected components of voxels where `member` holds, inside `box`; ids from 1, 0 elsewhere.
template <typename Member>
std::vector<int> components(const VoxelBox& box, int sliceAxis, Member member, std::vector<std::size_t>& sizes) {
  std::vector<int> id(box.voxelCount(), 0);
  sizes.assign(1, 0);
  static constexpr int kSteps[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
  std::vector<Index3> stack;
  for (int k = box.min[2]; k <= box.max[2]; ++k)
    for (int j = box.min[1]; j <= box.max[1]; ++j)
      for (int i = box.min[0]; i <= box.max[0]; ++i) {
        if (id[box.offset(i, j, k)] || !member(i, j, k)) continue;
        const int current = static_cast<int>(sizes.size());
        sizes.push_back(0);
        stack.assign(1, {i, j, k});
        id[box.offset(i, j, k)] = current;
        while (!stack.empty()) {
          const Index3 v = stack.back();
          stack.pop_back();
          ++sizes[current];
          for (int s = 0; s < 6; ++s) {
            if (sliceAxis >= 0 && kSteps[s][sliceAxis] != 0) continue;
            const Index3 n{v[0] + kSteps[s][0], v[1] + kSteps[s][1], v[2] + kSteps[s][2]};
            if (!box.contains(n[0], n[1], n[2])) continue;
            int& slot = id[box.offset(n[0], n[1], n[2])];
            if (slot || !member(n[0], n[1], n[2])) continue;
            slot = current;
            stack.push_back(n);
          }
        }
      }
  return id;
}

// The region of `box` whose component ids satisfy `pick`.
template <typename Pick>
EditRegion select(const VoxelBox& box, const std::vector<int>& id, Pick pick) {
  EditRegion region = EditRegion::over(box);
  for (std::size_t q = 0; q < id.size(); ++q) region.mask[q] = id[q] && pick(id[q]);
  return region;
}

// Slices along `sliceAxis` are separate problems; the box loop handles them because no step crosses them.
EditRegion erasableParts(const LabelMap& labels, uint8_t label, int sliceAxis, bool largestOnly, std::size_t minVoxels) {
  const VoxelBox box = LabelMorphology::boundsOf(labels, label);
  if (box.empty()) return {};
  std::vector<std::size_t> sizes;
  const std::vector<int> id = components(
      box, sliceAxis, [&](int i, int j, int k) { return labels.at(i, j, k) == label; }, sizes);
  if (!largestOnly) return select(box, id, [&](int c) { return sizes[c] < minVoxels; });
  if (sliceAxis < 0) {
    const int largest = static_cast<int>(std::max_element(sizes.begin() + 1, sizes.end()) - sizes.begin());
    return select(box, id, [&](int c) { return c != largest; });
  }
  // Per slice: the largest part of each slice stays.
  std::vector<int> largestInSlice(static_cast<std::size_t>(box.extent(sliceAxis)), 0);
  std::vector<int> sliceOf(sizes.size(), 0);
  for (int k = box.min[2]; k <= box.max[2]; ++k)
    for (int j = box.min[1]; j <= box.max[1]; ++j)
      for (int i = box.min[0]; i <= box.max[0]; ++i) {
        const int c = id[box.offset(i, j, k)];
        if (!c) continue;
        const Index3 v{i, j, k};
        const int s = v[sliceAxis] - box.min[sliceAxis];
        sliceOf[c] = s;
        int& best = largestInSlice[s];
        if (!best || sizes[c] > sizes[best]) best = c;
      }
  return select(box, id, [&](int c) { return largestInSlice[sliceOf[c]] != c; });
}

}  // namespace

VoxelBox LabelMorphology::boundsOf(const LabelMap& labels, uint8_t label) {
  VoxelBox box;
  const Index3& n = labels.size();
  for (int k = 0; k < n[2]; ++k) {
    const uint8_t* slice = labels.slice(k);
    for (int j = 0; j < n[1]; ++j) {
      const uint8_t* row = slice + static_cast<std::size_t>(j) * n[0];
      const uint8_t* first = std::find(row, row + n[0], label);
      if (first == row + n[0]) continue;
      const uint8_t* last = row + n[0] - 1;
      while (*last != label) --last;
      box.include(Index3{static_cast<int>(first - row), j, k});
      box.include(Index3{static_cast<int>(last - row), j, k});
    }
  }
  return box;
}

EditRegion LabelMorphology::allButLargest(const LabelMap& labels, uint8_t label, int sliceAxis) {
  return erasableParts(labels, label, sliceAxis, true, 0);
}

EditRegion LabelMorphology::islands(const LabelMap& labels, uint8_t label, std::size_t minVoxels, int sliceAxis) {
  return erasableParts(labels, label, sliceAxis, false, minVoxels);
}

EditRegion LabelMorphology::holes(const LabelMap& labels, uint8_t label, int sliceAxis) {
  VoxelBox box = boundsOf(labels, label);
  if (box.empty()) return {};
  // One voxel of margin (inside the grid or not) so that the outside is one component touching the border.
  for (int a = 0; a < 3; ++a) {
    if (a == sliceAxis) continue;
    --box.min[a];
    ++box.max[a];
  }
  const auto notLabel = [&](int i, int j, int k) { return !labels.geometry().contains(i, j, k) || labels.at(i, j, k) != label; };
  std::vector<std::size_t> sizes;
  const std::vector<int> id = components(box, sliceAxis, notLabel, sizes);
  // Components that reach the box's border are outside; the rest are holes.
  std::vector<bool> outside(sizes.size(), false);
  for (int k = box.min[2]; k <= box.max[2]; ++k)
    for (int j = box.min[1]; j <= box.max[1]; ++j)
      for (int i = box.min[0]; i <= box.max[0]; ++i) {
        const Index3 v{i, j, k};
        bool border = false;
        for (int a = 0; a < 3; ++a)
          if (a != sliceAxis && (v[a] == box.min[a] || v[a] == box.max[a])) border = true;
        if (border) outside[id[box.offset(i, j, k)]] = true;
      }
  EditRegion region = select(box, id, [&](int c) { return !outside[c]; });
  return region.cropped(box.clippedTo(labels.size()));  // back inside the grid: the margin only served the flood
}

}  // namespace heaorta
