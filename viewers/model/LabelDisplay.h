#pragma once

#include <QColor>
#include <QCoreApplication>
#include <array>
#include <cstdint>

namespace heaorta {

// How one label looks; the label map itself knows nothing of colours (data vs display).
struct LabelAppearance {
  QColor color;
  double opacity = 0.45;
  bool visible = true;
};

class LabelDisplay {
  Q_DECLARE_TR_FUNCTIONS(heaorta::LabelDisplay)

 public:
  LabelDisplay();
  const LabelAppearance& appearance(uint8_t label) const { return labels_[label]; }
  LabelAppearance& appearance(uint8_t label) { return labels_[label]; }
  bool outline = false;  // draw borders only, so the CT underneath stays readable

  static QString name(uint8_t label);  // translated
  static QColor defaultColor(uint8_t label);

 private:
  std::array<LabelAppearance, 256> labels_;
};

}  // namespace heaorta
