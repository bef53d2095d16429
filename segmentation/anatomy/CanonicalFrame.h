#pragma once

#include "core/model/ImageGeometry.h"

#include <QCoreApplication>

namespace heaorta {

// Maps a volume's index axes onto the patient's axes by permutation and flips only (exact):
// canonical i points to the patient's left, j posterior, k superior.
class CanonicalFrame {
  Q_DECLARE_TR_FUNCTIONS(heaorta::CanonicalFrame)

 public:
  // Throws HeaortaError(Unsupported) when no axis lies within 25 degrees of L, P or S.
  explicit CanonicalFrame(const ImageGeometry& geometry);

  const Index3& size() const { return size_; }          // canonical size
  Eigen::Vector3d spacing() const { return spacing_; }  // canonical spacing
  // Source index of canonical index (i, j, k).
  Index3 sourceIndex(int i, int j, int k) const {
    const int c[3] = {i, j, k};
    Index3 q{0, 0, 0};
    for (int a = 0; a < 3; ++a) q[axisOf_[a]] = flip_[a] ? size_[a] - 1 - c[a] : c[a];
    return q;
  }
  // Linear source index of canonical (i, j, k).
  std::size_t sourceOffset(int i, int j, int k) const;
  const ImageGeometry& source() const { return source_; }

 private:
  ImageGeometry source_;
  Index3 axisOf_{0, 1, 2};
  Index3 flip_{0, 0, 0};
  Index3 size_{0, 0, 0};
  Eigen::Vector3d spacing_ = Eigen::Vector3d::Ones();
};

}  // namespace heaorta
