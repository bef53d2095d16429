#include "core/quant/SegmentationCheck.h"

#include "core/quant/LungProfile.h"

#include <algorithm>

namespace heaorta {

Notices SegmentationCheck::failures(const MaskSummary& m, const std::vector<double>& lungs, const QuantSettings& settings) {
  Notices out;
  const auto fail = [&out](const char* code, const QString& message) {
    out.emplace_back(QLatin1String(code), message, TextSource{}, Notice::Level::Failure);
  };
  const double maxLung = lungs.empty() ? 0.0 : *std::max_element(lungs.begin(), lungs.end());
  if (maxLung < kLungsMinCm2)
    fail("lungs-not-found",
         tr("No lungs were found (largest air area inside the body %1 cm²): this does not look like a chest CT.").arg(maxLung, 0, 'f', 0));
  uint64_t heartVoxels = 0;
  double weightedSlice = 0;
  for (std::size_t k = 0; k < m.heartVoxelsPerSlice.size(); ++k) {
    heartVoxels += m.heartVoxelsPerSlice[k];
    weightedSlice += static_cast<double>(k) * static_cast<double>(m.heartVoxelsPerSlice[k]);
  }
  if (heartVoxels == 0) {
    fail("heart-missing", tr("There is no heart label: coronary calcium and pericardial fat were not computed."));
  } else {
    if (m.heartMl < settings.heartVolumeMinMl || m.heartMl > settings.heartVolumeMaxMl)
      fail("heart-volume-implausible", tr("The heart label measures %1 mL (expected %2-%3 mL): the segmentation failed.")
                                           .arg(m.heartMl, 0, 'f', 0)
                                           .arg(settings.heartVolumeMinMl, 0, 'f', 0)
                                           .arg(settings.heartVolumeMaxMl, 0, 'f', 0));
    const auto centre = static_cast<std::size_t>(weightedSlice / static_cast<double>(heartVoxels) + 0.5);
    if (maxLung >= kLungsMinCm2 && centre < lungs.size() && lungs[centre] < kHeartLungFraction * maxLung)
      fail("heart-outside-chest", tr("The heart label's centre lies on slice %1, where there is little lung (%2 of %3 cm²): it is "
                                     "not between the lungs (for instance in the liver or stomach).")
                                      .arg(centre + 1)
                                      .arg(lungs[centre], 0, 'f', 0)
                                      .arg(maxLung, 0, 'f', 0));
  }
  if (m.ascendingAortaMl <= 0 && m.descendingAortaMl <= 0) fail("aorta-not-found", tr("Neither the ascending nor the descending aorta was found."));
  return out;
}

Notices SegmentationCheck::failures(const Volume& ct, const LabelMap& labels, const QuantSettings& settings) {
  const ImageGeometry& g = labels.geometry();
  MaskSummary m;
  m.heartVoxelsPerSlice.assign(static_cast<std::size_t>(g.size[2]), 0);
  uint64_t ascending = 0, descending = 0;
  const std::size_t perSlice = g.sliceVoxelCount();
  const auto& v = labels.voxels();
  for (std::size_t q = 0; q < v.size(); ++q) {
    if (v[q] == Heart) ++m.heartVoxelsPerSlice[q / perSlice];
    ascending += v[q] == AscendingAorta;
    descending += v[q] == DescendingAorta;
  }
  const double ml = g.voxelVolumeMm3() / 1000.0;
  uint64_t heart = 0;
  for (uint64_t n : m.heartVoxelsPerSlice) heart += n;
  m.heartMl = heart * ml;
  m.ascendingAortaMl = ascending * ml;
  m.descendingAortaMl = descending * ml;
  return failures(m, airInsideBodyCm2(ct), settings);
}

}  // namespace heaorta
