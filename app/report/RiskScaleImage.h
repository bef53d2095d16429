#pragma once

#include "core/quant/QuantResult.h"

#include <QImage>

namespace heaorta {

// The five risk tiers as a coloured scale with the patient's score marked. Without a verdict the
// scale is grey and carries no mark.
class RiskScaleImage {
 public:
  static QImage render(const QuantResult& result, bool verdictGiven, int widthPx);
  // Where on the scale (0..1) a score sits: each tier takes a fifth, the score placed within it.
  static double position(double agatston);
};

}  // namespace heaorta
