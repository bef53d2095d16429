#include "viewers/model/LabelDisplay.h"

#include "core/model/LabelMap.h"

namespace heaorta {

LabelDisplay::LabelDisplay() {
  for (int l = 0; l < 256; ++l) labels_[l].color = defaultColor(static_cast<uint8_t>(l));
  labels_[Background].visible = false;
}

QColor LabelDisplay::defaultColor(uint8_t label) {
  const std::array<uint8_t, 3> rgb = labelDefaultRgb(label);
  return QColor(rgb[0], rgb[1], rgb[2]);
}

QString LabelDisplay::name(uint8_t label) {
  switch (label) {
    case Background:
      return tr("Background");
    case Heart:
      return tr("Heart (pericardial sac)");
    case AscendingAorta:
      return tr("Ascending aorta");
    case DescendingAorta:
      return tr("Descending aorta");
    default:
      break;
  }
  return tr("Label %1").arg(label);
}

}  // namespace heaorta
