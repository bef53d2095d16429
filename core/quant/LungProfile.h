#pragma once

#include "core/model/Volume.h"

#include <vector>

namespace heaorta {

// Air inside the body on each axial slice, in cm²: voxels under -500 HU that lie between body
// tissue along both their row and their column (so the air around the patient, and between the
// arms and the chest, does not count). On a chest CT that is the lungs (plus a little bowel gas
// below the diaphragm); it is how the segmentation check knows where the thorax is.
std::vector<double> airInsideBodyCm2(const Volume& ct);

}  // namespace heaorta
