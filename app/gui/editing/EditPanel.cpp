#include "app/gui/editing/EditPanel.h"

#include "app/gui/editing/LabelEditSession.h"
#include "viewers/model/LabelDisplay.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace heaorta {
namespace {

QSpinBox* huBox(int value, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(-1024, 3071);
  box->setValue(value);
  box->setSuffix(QStringLiteral(" HU"));
  return box;
}

}  // namespace

EditPanel::EditPanel(LabelEditSession* edits, QWidget* parent)
    : QWidget(parent),
      edits_(edits),
      tools_(new QButtonGroup(this)),
      label_(new QComboBox(this)),
      radius_(new QDoubleSpinBox(this)),
      sphere_(new QCheckBox(tr("3-D sphere"), this)),
      over_(new QComboBox(this)),
      huRange_(new QCheckBox(tr("Only where HU from"), this)),
      minHu_(huBox(130, this)),
      maxHu_(huBox(3071, this)),
      fillMin_(huBox(-100, this)),
      fillMax_(huBox(200, this)),
      fill3d_(new QCheckBox(tr("3-D"), this)),
      lesion_(new QLabel(this)),
      history_(new QListWidget(this)),
      memory_(new QLabel(this)) {
  setObjectName(QStringLiteral("editPanel"));
  auto* layout = new QVBoxLayout(this);
  auto* toolRow = new QHBoxLayout;
  const std::pair<Tool, QString> names[] = {
      {Navigate, tr("Navigate")}, {Brush, tr("Brush")}, {Eraser, tr("Eraser")}, {Fill, tr("Fill")}, {Lesion, tr("Lesion")}};
  const char* keys[] = {"Esc", "B", "E", "F", "L"};
  for (const auto& [tool, name] : names) {
    auto* button = new QToolButton(this);
    button->setText(name);
    button->setCheckable(true);
    button->setToolTip(tr("%1 (%2)").arg(name, QLatin1String(keys[tool])));
    button->setObjectName(QStringLiteral("tool%1").arg(int(tool)));
    tools_->addButton(button, tool);
    toolRow->addWidget(button);
  }
  tools_->button(Navigate)->setChecked(true);
  layout->addLayout(toolRow);

  auto* form = new QFormLayout;
  for (uint8_t l : {Heart, AscendingAorta, DescendingAorta}) label_->addItem(LabelDisplay::name(l), l);
  label_->setObjectName(QStringLiteral("editLabel"));
  form->addRow(tr("Label"), label_);
  radius_->setRange(0.5, 50);
  radius_->setValue(5);
  radius_->setSuffix(QStringLiteral(" mm"));
  radius_->setObjectName(QStringLiteral("brushRadius"));
  auto* brushRow = new QHBoxLayout;
  brushRow->addWidget(radius_);
  brushRow->addWidget(sphere_);
  form->addRow(tr("Brush radius"), brushRow);
  over_->addItem(tr("Everything"), int(PaintOver::All));
  over_->addItem(tr("Background only"), int(PaintOver::BackgroundOnly));
  for (uint8_t l : {Heart, AscendingAorta, DescendingAorta}) over_->addItem(tr("Background and %1").arg(LabelDisplay::name(l)), 0x100 | l);
  form->addRow(tr("Paint over"), over_);
  auto* huRow = new QHBoxLayout;
  huRow->addWidget(huRange_);
  huRow->addWidget(minHu_);
  huRow->addWidget(new QLabel(tr("to"), this));
  huRow->addWidget(maxHu_);
  form->addRow(huRow);
  auto* fillRow = new QHBoxLayout;
  fillRow->addWidget(fillMin_);
  fillRow->addWidget(new QLabel(tr("to"), this));
  fillRow->addWidget(fillMax_);
  fillRow->addWidget(fill3d_);
  form->addRow(tr("Fill range"), fillRow);
  layout->addLayout(form);

  auto* cleanUp = new QGridLayout;
  const std::pair<EditAction, QString> commands[] = {{EditAction::Interpolate, tr("Interpolate slices")},
                                                     {EditAction::KeepLargest, tr("Keep largest part")},
                                                     {EditAction::RemoveIslands, tr("Remove islands")},
                                                     {EditAction::FillHoles, tr("Fill holes")}};
  int cell = 0;
  for (const auto& [action, name] : commands) {
    auto* button = new QPushButton(name, this);
    connect(button, &QPushButton::clicked, this, [this, a = action] { Q_EMIT cleanUpRequested(a); });
    cleanUp->addWidget(button, cell / 2, cell % 2);
    ++cell;
  }
  layout->addLayout(cleanUp);

  lesion_->setObjectName(QStringLiteral("selectedLesion"));
  lesion_->setWordWrap(true);
  layout->addWidget(lesion_);
  auto* arteries = new QHBoxLayout;
  const std::pair<Artery, QString> arteryButtons[] = {{Artery::LM, QStringLiteral("LM 1")},   {Artery::LAD, QStringLiteral("LAD 2")},
                                                      {Artery::LCX, QStringLiteral("LCX 3")}, {Artery::RCA, QStringLiteral("RCA 4")},
                                                      {Artery::Other, tr("Other 5")},         {Artery::Excluded, tr("Exclude X")},
                                                      {Artery::Unassigned, tr("Unassign 0")}};
  for (const auto& [artery, name] : arteryButtons) {
    auto* button = new QToolButton(this);
    button->setText(name);
    connect(button, &QToolButton::clicked, this, [this, a = artery] { Q_EMIT arteryRequested(a); });
    arteries->addWidget(button);
  }
  layout->addLayout(arteries);

  layout->addWidget(new QLabel(tr("History (Ctrl+Z undo, Ctrl+Shift+Z redo)"), this));
  history_->setObjectName(QStringLiteral("undoHistory"));
  history_->setMinimumHeight(120);
  layout->addWidget(history_, 1);
  memory_->setStyleSheet(QStringLiteral("color: gray;"));
  memory_->setWordWrap(true);
  layout->addWidget(memory_);

  connect(tools_, &QButtonGroup::idClicked, this, [this](int id) { Q_EMIT toolChanged(static_cast<Tool>(id)); });
  connect(edits_, &LabelEditSession::historyChanged, this, &EditPanel::refreshHistory);
  setSelectedLesion({});
  refreshHistory();
}

EditToolSettings EditPanel::settings() const {
  EditToolSettings s;
  s.label = static_cast<uint8_t>(label_->currentData().toInt());
  s.brushRadiusMm = radius_->value();
  s.sphere = sphere_->isChecked();
  const int over = over_->currentData().toInt();
  s.over = over & 0x100 ? PaintOver::OneLabel : static_cast<PaintOver>(over);
  s.overLabel = static_cast<uint8_t>(over & 0xff);
  s.huRange = huRange_->isChecked();
  s.minHu = minHu_->value();
  s.maxHu = maxHu_->value();
  s.fillMinHu = fillMin_->value();
  s.fillMaxHu = fillMax_->value();
  s.fill3d = fill3d_->isChecked();
  return s;
}

EditPanel::Tool EditPanel::tool() const { return static_cast<Tool>(tools_->checkedId()); }

void EditPanel::setTool(Tool tool) {
  tools_->button(tool)->setChecked(true);
  Q_EMIT toolChanged(tool);
}

void EditPanel::setSelectedLesion(const QString& description) {
  lesion_->setText(description.isEmpty()
                       ? tr("Lesion tool: click a calcified lesion, then 1-5 (LM, LAD, LCX, RCA, other), X to exclude, 0 to unassign.")
                       : description);
}

void EditPanel::refreshHistory() {
  const EditHistory& h = edits_->history();
  history_->clear();
  for (std::size_t s = 0; s < h.steps().size(); ++s) {
    auto* item = new QListWidgetItem(h.steps()[s].title(), history_);
    if (s >= h.position()) item->setForeground(Qt::gray);  // undone: redo brings it back
  }
  if (h.position() > 0) history_->setCurrentRow(static_cast<int>(h.position()) - 1);
  QString text = tr("Undo memory %1 of %2 MB").arg(h.memoryBytes() / 1048576.0, 0, 'f', 2).arg(h.budgetBytes() >> 20);
  if (h.forgottenCount() > 0)
    text += QLatin1Char(' ') + tr("(%n oldest step(s) can no longer be undone)", nullptr, static_cast<int>(h.forgottenCount()));
  if (!edits_->autosaveProblem().isEmpty()) text += QLatin1Char('\n') + edits_->autosaveProblem();
  memory_->setText(text);
}

}  // namespace heaorta
