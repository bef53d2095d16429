#pragma once

#include "segmentation/Segmenter.h"

#include <QCoreApplication>

namespace heaorta {

// The segmenter that needs no model file: anatomy on non-contrast chest CT (body and lungs,
// spine, the aorta by its round cross-section, the heart between diaphragm and aortic root,
// bone). Good enough to be corrected quickly, and always labelled as what it is.
class AnatomicalSegmenter final : public Segmenter {
  Q_DECLARE_TR_FUNCTIONS(heaorta::AnatomicalSegmenter)

 public:
  SegmentationResult segment(const Volume& ct, ProgressSink& progress) override;
  QString name() const override;

 private:
  static QString describe();
};

}  // namespace heaorta
