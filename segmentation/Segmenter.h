#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Notice.h"
#include "core/model/Volume.h"
#include "core/util/Progress.h"

#include <QString>

namespace heaorta {

// What a segmenter hands the workstation: labels on the CT grid (1 heart, 2 ascending aorta,
// 3 descending aorta), the bone that must never count as calcium, and its own name, so the
// screen and the report can say which segmenter made the masks.
struct SegmentationResult {
  LabelMap labels;
  VoxelImage<uint8_t> bone;  // 1 = spine, sternum, ribs
  TextSource segmenter;      // in the language installed now, e.g. "Anatomical fallback segmenter (no model installed)"
  QString segmenterKey;      // stable: "model" or "anatomical-fallback"
  bool contrastDetected = false;
  Notices notices;
  double seconds = 0;
};

class Segmenter {
 public:
  virtual ~Segmenter() = default;
  // Throws HeaortaError (Cancelled when asked to stop).
  virtual SegmentationResult segment(const Volume& ct, ProgressSink& progress) = 0;
  virtual QString name() const = 0;
};

}  // namespace heaorta
