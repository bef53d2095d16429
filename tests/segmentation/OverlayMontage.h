#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <QImage>

namespace heaorta::test {

// Axial slices plus a coronal and a sagittal reformat through the labels' centre, labels drawn
// as coloured outlines (red heart, orange ascending, blue descending aorta; green reference).
QImage overlayMontage(const Volume& ct, const LabelMap& labels, const LabelMap* reference = nullptr, int columns = 6);

}  // namespace heaorta::test
