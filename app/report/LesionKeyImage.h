#pragma once

#include "app/report/ReportContent.h"
#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "core/quant/QuantResult.h"
#include "core/quant/QuantificationEngine.h"

#include <QCoreApplication>
#include <QImage>
#include <optional>

namespace heaorta {

// The report's key image: the axial slice through the largest scored lesion (coronary first, else
// aortic), mediastinal window, the heart and aorta outlined, coronary calcium red, aortic calcium
// orange, the lesion ringed; shown as a radiologist reads it (patient's right on the left,
// anterior up), cropped to the labelled anatomy and drawn at its physical aspect.
class LesionKeyImage {
  Q_DECLARE_TR_FUNCTIONS(heaorta::LesionKeyImage)

 public:
  // The lesion shown: the highest-scoring coronary lesion, else the highest-scoring aortic one.
  static const CalcifiedLesion* chooseLesion(const QuantResult& result);
  static QImage render(const Volume& ct, const LabelMap& labels, const LesionVoxels& calcium, const CalcifiedLesion& lesion, int widthPx);
  static QString caption(const QuantResult& result, const CalcifiedLesion& lesion);
  // Puts the key image of `content.result`'s chosen lesion, its caption and slice into the report;
  // nothing without a lesion.
  static void addTo(ReportContent& content, const Volume& ct, const LabelMap& labels, const LesionVoxels& calcium);
};

}  // namespace heaorta
