#include "app/gui/LabelControls.h"

#include "core/model/LabelMap.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>

namespace heaorta {
namespace {

void paintSwatch(QToolButton* button, const QColor& colour) {
  button->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #555; min-width: 18px;").arg(colour.name()));
}

}  // namespace

LabelControls::LabelControls(ViewerState* state, QWidget* parent) : QWidget(parent), state_(state) {
  setObjectName(QStringLiteral("labelControls"));
  auto* grid = new QGridLayout(this);
  int row = 0;
  for (uint8_t label : {Heart, AscendingAorta, DescendingAorta}) addRow(label, grid, row++);
  auto* outline = new QCheckBox(tr("Outlines only"), this);
  outline->setObjectName(QStringLiteral("outlineCheck"));
  outline->setChecked(state_->labelDisplay().outline);
  grid->addWidget(outline, row, 0, 1, 3);
  connect(outline, &QCheckBox::toggled, state_, &ViewerState::setOutline);
  connect(state_, &ViewerState::overlayChanged, outline, [this, outline] { outline->setChecked(state_->labelDisplay().outline); });
  grid->setRowStretch(row + 1, 1);
}

void LabelControls::addRow(uint8_t label, QGridLayout* grid, int row) {
  const LabelAppearance initial = state_->labelDisplay().appearance(label);
  auto* visible = new QCheckBox(LabelDisplay::name(label), this);
  visible->setChecked(initial.visible);
  auto* colour = new QToolButton(this);
  colour->setToolTip(tr("Colour of %1").arg(LabelDisplay::name(label)));
  paintSwatch(colour, initial.color);
  auto* opacity = new QSlider(Qt::Horizontal, this);
  opacity->setRange(0, 100);
  opacity->setValue(static_cast<int>(initial.opacity * 100));
  opacity->setToolTip(tr("Opacity of %1").arg(LabelDisplay::name(label)));
  grid->addWidget(visible, row, 0);
  grid->addWidget(colour, row, 1);
  grid->addWidget(opacity, row, 2);

  const auto update = [this, label](auto change) {
    LabelAppearance a = state_->labelDisplay().appearance(label);
    change(a);
    state_->setLabelAppearance(label, a);
  };
  connect(visible, &QCheckBox::toggled, this, [update](bool on) { update([on](LabelAppearance& a) { a.visible = on; }); });
  connect(opacity, &QSlider::valueChanged, this, [update](int v) { update([v](LabelAppearance& a) { a.opacity = v / 100.0; }); });
  connect(colour, &QToolButton::clicked, this, [this, label, colour, update] {
    const QColor chosen =
        QColorDialog::getColor(state_->labelDisplay().appearance(label).color, this, tr("Colour of %1").arg(LabelDisplay::name(label)));
    if (!chosen.isValid()) return;
    paintSwatch(colour, chosen);
    update([chosen](LabelAppearance& a) { a.color = chosen; });
  });
}

}  // namespace heaorta
