#pragma once

#include "core/edit/EditRegion.h"
#include "core/edit/LabelDelta.h"
#include "core/edit/PaintRule.h"
#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

namespace heaorta {

// The one write path for label edits: every tool turns its gesture into a region and calls apply(),
// which enforces the paint-over rule and the HU range and returns the undo delta (whose box is the
// tight box of what changed; empty when nothing did).
class LabelEditor {
 public:
  static LabelDelta apply(LabelMap& labels, const Volume& ct, const EditRegion& region, const PaintRule& rule);
};

}  // namespace heaorta
