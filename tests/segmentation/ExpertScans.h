#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <QString>

namespace heaorta::test {

// A scan of ../shared/data/noncontrast-heart-labels with its expert's heart (label 1 there, our
// Heart label here; bone and calcium left out).
struct ExpertScan {
  Volume ct;
  LabelMap heart;
};
ExpertScan loadExpertScan(const QString& scan);

// Thick slices as a scanner reconstructs them: the mean of `slab` thin ones from slice `from` on;
// the heart where most of them had it.
ExpertScan thickSlices(const ExpertScan& thin, int slab, int from);
// `factor` slices per slice, linearly interpolated; the heart from the nearest slice.
ExpertScan thinSlices(const ExpertScan& thick, int factor);

}  // namespace heaorta::test
