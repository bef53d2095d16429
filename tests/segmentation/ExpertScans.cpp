#include "tests/segmentation/ExpertScans.h"

#include "core/io/VolumeFileIO.h"
#include "tests/support/SyntheticDicom.h"

#include <algorithm>
#include <cmath>

namespace heaorta::test {

ExpertScan loadExpertScan(const QString& scan) {
  const std::string folder = "noncontrast-heart-labels/" + scan.toStdString();
  ExpertScan e{VolumeFileIO::readVolume(sharedData(folder + "/ct.nrrd")), VolumeFileIO::readLabelMap(sharedData(folder + "/labels.nrrd"))};
  for (uint8_t& v : e.heart.voxels()) v = v == 1 ? Heart : Background;
  return e;
}

ExpertScan thickSlices(const ExpertScan& thin, int slab, int from) {
  ImageGeometry g = thin.ct.geometry();
  g.size[2] = (g.size[2] - from) / slab;
  g.origin += g.direction.col(2) * ((from + 0.5 * (slab - 1)) * g.spacing[2]);
  g.spacing[2] *= slab;
  ExpertScan thick{Volume(g, 0), LabelMap(g)};
  thick.ct.metadata() = thin.ct.metadata();
  const std::size_t sliceVoxels = g.sliceVoxelCount();
  for (int k = 0; k < g.size[2]; ++k)
    for (std::size_t q = 0; q < sliceVoxels; ++q) {
      int sum = 0, heart = 0;
      for (int t = 0; t < slab; ++t) {
        sum += thin.ct.slice(from + k * slab + t)[q];
        heart += thin.heart.slice(from + k * slab + t)[q] == Heart;
      }
      thick.ct.slice(k)[q] = static_cast<int16_t>(std::lround(double(sum) / slab));
      thick.heart.slice(k)[q] = 2 * heart > slab ? Heart : Background;
    }
  return thick;
}

ExpertScan thinSlices(const ExpertScan& thick, int factor) {
  ImageGeometry g = thick.ct.geometry();
  g.size[2] = (g.size[2] - 1) * factor + 1;
  g.spacing[2] /= factor;
  ExpertScan thin{Volume(g, 0), LabelMap(g)};
  thin.ct.metadata() = thick.ct.metadata();
  const std::size_t sliceVoxels = g.sliceVoxelCount();
  for (int k = 0; k < g.size[2]; ++k) {
    const int below = k / factor, above = std::min(below + 1, thick.ct.size()[2] - 1);
    const double t = static_cast<double>(k % factor) / factor;
    const int nearest = t < 0.5 ? below : above;
    for (std::size_t q = 0; q < sliceVoxels; ++q) {
      thin.ct.slice(k)[q] = static_cast<int16_t>(std::lround((1 - t) * thick.ct.slice(below)[q] + t * thick.ct.slice(above)[q]));
      thin.heart.slice(k)[q] = thick.heart.slice(nearest)[q];
    }
  }
  return thin;
}

}  // namespace heaorta::test
