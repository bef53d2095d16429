#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

namespace heaorta::test {

// Real scans changed the way unusual patients and acquisitions change them, for robustness tests
// against the expert masks (which stay valid: the heart does not move).

// Fluid (15 HU) layered in the back of both pleural spaces, as in a supine patient: `depthMm` deep
// at the lungs' base, thinning to nothing `heightMm` higher.
Volume withPleuralEffusion(const Volume& ct, double depthMm, double heightMm);

// Arms down beside the chest: the field of view widened by `padMm` each side, an arm (muscle
// around a humerus, under a layer of subcutaneous fat) against the chest wall on the patient's
// right and 10 mm away from it on the left, from the top of the scan down `lengthMm`. The field of
// view must hold the whole chest.
Volume withArmsDown(const Volume& ct, double padMm, double lengthMm);
// An obese patient: `thicknessMm` more subcutaneous fat (under 2 mm of skin) at the sides and in
// front (the back lies on the table), the field of view widened to hold it. The field of view must
// hold the whole chest.
Volume withSubcutaneousFat(const Volume& ct, double thicknessMm);
// A very slim patient: the subcutaneous fat (-190..-30 HU within `depthMm` of the skin) replaced by
// lean tissue (40 HU), as if the skin lay on the muscles.
Volume withoutSubcutaneousFat(const Volume& ct, double depthMm);
// Labels moved onto a grid widened by either of the above.
LabelMap padded(const LabelMap& labels, const ImageGeometry& wider);

// The same patient scanned feet-first and prone: every axis reversed in the stored order (the
// image geometry still says where each voxel is).
Volume reversedAxes(const Volume& ct);

// Slices [first, last] only, e.g. a scan that starts below the aortic arch.
Volume slices(const Volume& ct, int first, int last);
LabelMap slices(const LabelMap& labels, int first, int last);

}  // namespace heaorta::test
