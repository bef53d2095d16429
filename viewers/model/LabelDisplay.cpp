#include "viewers/model/LabelDisplay.h"

#include "core/model/LabelMap.h"

namespace heaorta {

LabelDisplay::LabelDisplay() {
  for (int l = 0; l < 256; ++l) labels_[l].color = defaultColor(static_cast<uint8_t>(l));
  labels_[Background].visible = false;
}

QColor LabelDisplay::defaultColor(uint8_t label) {
  switch (label) {
    case Heart: return QColor(235, 70, 70);
    case AscendingAorta: return QColor(255, 150, 30);
    case DescendingAorta: return QColor(40, 150, 255);
    default: break;
  }
  return QColor::fromHsv((label * 47) % 360, 200, 230);
}

QString LabelDisplay::name(uint8_t label) {
  switch (label) {
    case Background: return tr("Background");
    case Heart: return tr("Heart (pericardial sac)");
    case AscendingAorta: return tr("Ascending aorta");
    case DescendingAorta: return tr("Descending aorta");
    default: break;
  }
  return tr("Label %1").arg(label);
}

}  // namespace heaorta
