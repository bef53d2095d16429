#pragma once

#include <QLabel>

namespace heaorta {

// A word-wrapped label that keeps the height its text needs at its width. Layouts under a
// QMainWindow do not ask for heightForWidth, so a plain wrapped label is squeezed to a line or
// two when space is short and its lines are cut off (a failure banner or "No risk verdict"
// losing its second half).
class WrappingLabel : public QLabel {
  Q_OBJECT

 public:
  explicit WrappingLabel(QWidget* parent = nullptr);
  void setText(const QString& text);

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;  // a style sheet's bold font needs more lines

 private:
  void fitHeight();
};

}  // namespace heaorta
