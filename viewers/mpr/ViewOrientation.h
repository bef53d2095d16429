#pragma once

#include "core/model/ImageGeometry.h"

#include <QString>

namespace heaorta {

enum class Plane { Axial = 0, Coronal = 1, Sagittal = 2 };

// How an anatomical plane maps onto a volume's index axes, in radiological convention:
// axial seen from the feet (patient left on screen right, anterior up), coronal from the front,
// sagittal from the patient's left (anterior on screen left). Views slice along one index axis
// and show the other two unrotated, so oblique volumes snap to their nearest axes.
struct ViewOrientation {
  int sliceAxis = 2;  // index axis the plane slices along
  int rightAxis = 0;  // index axis pointing to screen right (with rightSign)
  int upAxis = 1;     // index axis pointing to screen top (with upSign)
  int rightSign = 1;
  int upSign = -1;
  // Unit vectors in VTK world space (index x spacing): camera view-up and direction of projection.
  Eigen::Vector3d viewUp() const;
  Eigen::Vector3d directionOfProjection() const;
  // Patient-direction letters at the screen edges, e.g. left "R", right "L", top "A", bottom "P".
  QString leftLabel, rightLabel, topLabel, bottomLabel;

  static ViewOrientation forPlane(Plane plane, const Eigen::Matrix3d& direction);
};

}  // namespace heaorta
