#include "app/gui/WrappingLabel.h"

namespace heaorta {

WrappingLabel::WrappingLabel(QWidget* parent) : QLabel(parent) {
  setWordWrap(true);
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void WrappingLabel::setText(const QString& text) {
  if (text == QLabel::text()) return;
  QLabel::setText(text);
  fitHeight();
}

void WrappingLabel::resizeEvent(QResizeEvent* event) {
  QLabel::resizeEvent(event);
  fitHeight();
}

void WrappingLabel::fitHeight() {
  const int needed = heightForWidth(width());
  if (needed > 0 && needed != minimumHeight()) setMinimumHeight(needed);
}

}  // namespace heaorta
