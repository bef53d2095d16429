#pragma once

#include "viewers/model/ViewerState.h"

#include <QWidget>

class QGridLayout;

namespace heaorta {

// Per-label visibility, colour and opacity, and outline vs filled, for every view at once.
class LabelControls : public QWidget {
  Q_OBJECT

 public:
  explicit LabelControls(ViewerState* state, QWidget* parent = nullptr);

 private:
  void addRow(uint8_t label, QGridLayout* grid, int row);
  ViewerState* state_;
};

}  // namespace heaorta
