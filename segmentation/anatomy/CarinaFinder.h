#pragma once

#include "core/model/Volume.h"
#include "segmentation/anatomy/ThoraxAnalysis.h"

#include <optional>

namespace heaorta {

// The carina: the slice where the trachea, followed down from the top of the
// scan, divides into the main bronchi (or opens into a lung). Air is easy to
// see on any CT, so this landmark holds where the aortic root is hard to find
// without contrast; the pericardial sac ends a little below it.
class CarinaFinder {
 public:
  // Empty when no trachea is found (a scan that starts below the carina) or it
  // is lost.
  static std::optional<int> find(const Volume& ct, const ThoraxAnalysis& thorax);
};

}  // namespace heaorta
