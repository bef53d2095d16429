#include "segmentation/anatomy/AnalysisGrid.h"

#include "core/util/Error.h"
#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>

namespace heaorta {

AnalysisGrid::AnalysisGrid(const Volume& ct, double targetPixelMm, double maxSliceMm) : frame_(ct.geometry()) {
  const ImageGeometry& g = ct.geometry();
  const double pixelMm = frame_.spacing()[0];
  factor_ = std::max(1, static_cast<int>(std::lround(targetPixelMm / pixelMm)));
  sliceFactor_ = std::clamp(static_cast<int>(std::floor(maxSliceMm / frame_.spacing()[2])), 1, std::max(1, frame_.size()[2]));
  ImageGeometry c;
  c.size = {frame_.size()[0] / factor_, frame_.size()[1] / factor_, frame_.size()[2] / sliceFactor_};
  c.spacing = {frame_.spacing()[0] * factor_, frame_.spacing()[1] * factor_, frame_.spacing()[2] * sliceFactor_};
  c.direction = Eigen::Matrix3d::Identity();
  // The coarse voxel centre is the centre of its block.
  const Index3 first = frame_.sourceIndex(0, 0, 0);
  const Index3 last = frame_.sourceIndex(factor_ - 1, factor_ - 1, sliceFactor_ - 1);
  c.origin = 0.5 * (g.indexToPatient(Eigen::Vector3d(first[0], first[1], first[2])) + g.indexToPatient(Eigen::Vector3d(last[0], last[1], last[2])));
  coarse_ = Volume(c, Uninitialized{});
  coarse_.metadata() = ct.metadata();
  const int f = factor_, fz = sliceFactor_;
  parallelFor(static_cast<std::size_t>(c.size[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    for (int j = 0; j < c.size[1]; ++j)
      for (int i = 0; i < c.size[0]; ++i) {
        int sum = 0;
        for (int dk = 0; dk < fz; ++dk)
          for (int dj = 0; dj < f; ++dj)
            for (int di = 0; di < f; ++di) {
              const Index3 q = frame_.sourceIndex(i * f + di, j * f + dj, k * fz + dk);
              sum += ct.at(q[0], q[1], q[2]);
            }
        coarse_.at(i, j, k) = static_cast<int16_t>(sum / (f * f * fz));
      }
  });
}

template <typename TImage>
void AnalysisGrid::upsample(const TImage& coarse, TImage& fine) const {
  const Index3 cs = coarse.size();
  const Index3& n = frame_.size();
  parallelFor(static_cast<std::size_t>(n[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) {
        const Index3 q = frame_.sourceIndex(i, j, k);
        fine.at(q[0], q[1], q[2]) =
            coarse.at(std::min(i / factor_, cs[0] - 1), std::min(j / factor_, cs[1] - 1), std::min(k / sliceFactor_, cs[2] - 1));
      }
  });
}

LabelMap AnalysisGrid::toCtGrid(const LabelMap& coarse) const {
  LabelMap fine(frame_.source());
  upsample(coarse, fine);
  return fine;
}

Mask AnalysisGrid::toCtGrid(const Mask& coarse) const {
  Mask fine(frame_.source(), 0);
  upsample(coarse, fine);
  return fine;
}

}  // namespace heaorta
