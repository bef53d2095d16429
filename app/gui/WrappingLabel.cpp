#include "app/gui/WrappingLabel.h"

#include <QEvent>

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

void WrappingLabel::changeEvent(QEvent* event) {
  QLabel::changeEvent(event);
  if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) fitHeight();
}

void WrappingLabel::fitHeight() {
  const int needed = heightForWidth(width());
  if (needed > 0 && needed != minimumHeight()) setMinimumHeight(needed);
}

}  // namespace heaorta
