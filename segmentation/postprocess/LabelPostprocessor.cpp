#include "segmentation/postprocess/LabelPostprocessor.h"

#include "segmentation/anatomy/MaskOps.h"

#include <algorithm>

namespace heaorta {
namespace {

Mask maskOf(const LabelMap& labels, uint8_t label) {
  Mask m(labels.geometry(), 0);
  for (std::size_t v = 0; v < m.voxels().size(); ++v) m.voxels()[v] = labels.voxels()[v] == label ? 1 : 0;
  return m;
}

}  // namespace

void LabelPostprocessor::apply(LabelMap& labels, uint8_t aortaLabel) {
  if (aortaLabel) splitAorta(labels, aortaLabel);
  for (uint8_t label : {Heart, AscendingAorta, DescendingAorta}) {
    const Mask original = maskOf(labels, label);
    Mask kept = maskops::largestComponent3d(original);
    maskops::fillHolesPerSlice(kept);
    for (std::size_t v = 0; v < kept.voxels().size(); ++v) {
      if (original.voxels()[v] && !kept.voxels()[v])
        labels.voxels()[v] = Background;
      else if (kept.voxels()[v] && labels.voxels()[v] == Background)
        labels.voxels()[v] = label;
    }
  }
}

void LabelPostprocessor::splitAorta(LabelMap& labels, uint8_t aortaLabel) {
  const CanonicalFrame frame(labels.geometry());
  const Index3& n = frame.size();
  std::optional<Eigen::Vector2d> lastAscending, lastDescending;
  std::vector<int> singleSlices;
  std::vector<uint8_t> slice(static_cast<std::size_t>(n[0]) * n[1]);
  std::vector<int32_t> parts;
  for (int k = 0; k < n[2]; ++k) {
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) slice[static_cast<std::size_t>(j) * n[0] + i] = labels.voxels()[frame.sourceOffset(i, j, k)] == aortaLabel;
    const auto sizes = maskops::components2d(slice.data(), n[0], n[1], parts);
    if (sizes.empty()) continue;
    std::vector<Eigen::Vector2d> centres(sizes.size(), Eigen::Vector2d::Zero());
    for (std::size_t q = 0; q < parts.size(); ++q)
      if (parts[q]) centres[static_cast<std::size_t>(parts[q] - 1)] += Eigen::Vector2d(static_cast<double>(q % n[0]), static_cast<double>(q / n[0]));
    for (std::size_t c = 0; c < sizes.size(); ++c) centres[c] /= static_cast<double>(sizes[c]);
    // The two largest parts: the more anterior (smaller j) is the ascending aorta.
    std::vector<std::size_t> order(sizes.size());
    for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
    if (order.size() >= 2 && sizes[order[1]] * 5 >= sizes[order[0]]) {
      const std::size_t front = centres[order[0]].y() < centres[order[1]].y() ? order[0] : order[1];
      const std::size_t back = front == order[0] ? order[1] : order[0];
      lastAscending = centres[front];
      lastDescending = centres[back];
      for (std::size_t q = 0; q < parts.size(); ++q) {
        if (!parts[q]) continue;
        const std::size_t c = static_cast<std::size_t>(parts[q] - 1);
        const uint8_t value = c == front ? AscendingAorta : c == back ? DescendingAorta : Background;
        labels.voxels()[frame.sourceOffset(static_cast<int>(q % n[0]), static_cast<int>(q / n[0]), k)] = value;
      }
    } else {
      singleSlices.push_back(k);
    }
  }
  // One part: below the limbs it is the descending aorta; in the arch, nearest limb decides.
  for (int k : singleSlices)
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) {
        uint8_t& v = labels.voxels()[frame.sourceOffset(i, j, k)];
        if (v != aortaLabel) continue;
        if (!lastAscending || !lastDescending) {
          v = DescendingAorta;
          continue;
        }
        const Eigen::Vector2d p(i, j);
        v = (p - *lastAscending).norm() < (p - *lastDescending).norm() ? AscendingAorta : DescendingAorta;
      }
}

}  // namespace heaorta
