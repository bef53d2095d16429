#pragma once

#include <QImage>

namespace heaorta::test {

// What the X server shows (xwd -root), as a user would see it: native child windows included,
// which QWidget::grab() leaves blank. Null when xwd is missing or fails.
QImage captureScreen();

}  // namespace heaorta::test
