#include "app/gui/editing/EditController.h"

#include "app/gui/MprPanel.h"
#include "app/gui/ResultsPanel.h"
#include "app/gui/StudySession.h"
#include "app/gui/editing/EditPanel.h"
#include "app/gui/editing/LabelEditSession.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/edit/LabelMorphology.h"
#include "core/edit/SliceInterpolation.h"
#include "viewers/volume/VolumeView3D.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <cmath>

namespace heaorta {

EditController::EditController(StudySession* study, const Views& views, std::vector<QAction*> presetActions, QObject* parent)
    : QObject(parent),
      study_(study),
      editPanel_(views.panel),
      mpr_(views.mpr),
      view3d_(views.view3d),
      quant_(views.quant),
      results_(views.results),
      status_(views.status),
      presetActions_(std::move(presetActions)) {
  connectEditing();
}

EditController::~EditController() = default;

QMenu* EditController::createMenu(QMenuBar* bar) {
  // File, Edit, ...: where every desktop program has it.
  auto* edit = new QMenu(tr("&Edit"), bar);
  bar->insertMenu(bar->actions().value(1), edit);
  LabelEditSession* edits = study_->edits();
  QAction* undo = edit->addAction(tr("&Undo"), this, [edits] { edits->undo(); });
  undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
  undo->setObjectName(QStringLiteral("undoAction"));
  QAction* redo = edit->addAction(tr("&Redo"), this, [edits] { edits->redo(); });
  redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  redo->setObjectName(QStringLiteral("redoAction"));
  const auto refresh = [edits, undo, redo] {
    const EditHistory& h = edits->history();
    undo->setEnabled(h.canUndo());
    redo->setEnabled(h.canRedo());
    undo->setText(h.canUndo() ? tr("&Undo %1").arg(h.steps()[h.position() - 1].title()) : tr("&Undo"));
    redo->setText(h.canRedo() ? tr("&Redo %1").arg(h.steps()[h.position()].title()) : tr("&Redo"));
  };
  connect(edits, &LabelEditSession::historyChanged, this, refresh);
  refresh();
  edit->addSeparator();
  const std::pair<int, QKeySequence> tools[] = {{EditPanel::Navigate, QKeySequence(Qt::Key_Escape)},
                                                {EditPanel::Brush, QKeySequence(Qt::Key_B)},
                                                {EditPanel::Eraser, QKeySequence(Qt::Key_E)},
                                                {EditPanel::Fill, QKeySequence(Qt::Key_F)},
                                                {EditPanel::Lesion, QKeySequence(Qt::Key_L)}};
  const QString names[] = {tr("&Navigate"), tr("&Brush"), tr("&Eraser"), tr("&Fill"), tr("&Lesion")};
  for (const auto& [tool, key] : tools) {
    QAction* a = edit->addAction(names[tool], this, [this, t = tool] { editPanel_->setTool(static_cast<EditPanel::Tool>(t)); });
    a->setShortcut(key);
  }
  edit->addSeparator();
  // Keys 1-5, X and 0 assign the selected lesion while the lesion tool is active (the window
  // presets give up 1-5 meanwhile).
  const std::pair<Artery, QKeySequence> arteries[] = {{Artery::LM, QKeySequence(Qt::Key_1)},        {Artery::LAD, QKeySequence(Qt::Key_2)},
                                                      {Artery::LCX, QKeySequence(Qt::Key_3)},       {Artery::RCA, QKeySequence(Qt::Key_4)},
                                                      {Artery::Other, QKeySequence(Qt::Key_5)},     {Artery::Excluded, QKeySequence(Qt::Key_X)},
                                                      {Artery::Unassigned, QKeySequence(Qt::Key_0)}};
  for (const auto& [artery, key] : arteries) {
    const QString name = artery == Artery::Excluded     ? tr("E&xclude Lesion")
                         : artery == Artery::Unassigned ? tr("Unassign Lesion")
                         : artery == Artery::Other      ? tr("Assign Lesion to Other")
                                                        : tr("Assign Lesion to %1").arg(QLatin1String(arteryKey(artery)));
    QAction* a = edit->addAction(name, this, [this, a = artery] { assignSelectedLesion(a); });
    a->setData(key);
    a->setEnabled(false);
    arteryActions_.push_back(a);
  }
  return edit;
}

void EditController::connectEditing() {
  LabelEditSession* edits = study_->edits();
  const SettingsSource settings = [this] { return editPanel_->settings(); };
  tools_.resize(5);
  tools_[EditPanel::Brush] = std::make_unique<BrushTool>(edits, study_, settings, EditMode::Add);
  tools_[EditPanel::Eraser] = std::make_unique<BrushTool>(edits, study_, settings, EditMode::Erase);
  tools_[EditPanel::Fill] = std::make_unique<FillTool>(edits, study_, settings);
  tools_[EditPanel::Lesion] = std::make_unique<LesionPickTool>([this](const Index3& v) { pickLesion(v); });
  connect(editPanel_, &EditPanel::toolChanged, this, [this](EditPanel::Tool t) { setEditTool(t); });
  connect(editPanel_, &EditPanel::cleanUpRequested, this, &EditController::cleanUp);
  connect(editPanel_, &EditPanel::arteryRequested, this, &EditController::assignSelectedLesion);
  connect(results_, &ResultsPanel::lesionSelected, editPanel_, &EditPanel::setSelectedLesion);
  // Each slice view redraws only when its slice crosses what changed.
  connect(edits, &LabelEditSession::labelsChanged, this, [this](quint64, const VoxelBox& box) { mpr_->labelsEdited(box); });
  // Surfaces that finish during a stroke wait for its end: a 3D frame would stall the brush.
  connect(edits, &LabelEditSession::strokeStarted, view3d_, [this] { view3d_->holdSurfaces(true); });
  connect(edits, &LabelEditSession::strokeEnded, view3d_, [this] { view3d_->holdSurfaces(false); });
  connect(edits, &LabelEditSession::strokeFinished, this, [this] {
    view3d_->setLabels(study_->labels());
    view3d_->setLesions(quant_->lesionVoxels());
  });
  connect(edits, &LabelEditSession::autosaveFailed, this, [this](const QString& message) { status_->showMessage(message, 60000); });
}

void EditController::setEditTool(int tool) {
  mpr_->setTool(tools_[static_cast<std::size_t>(tool)].get());
  const bool lesion = tool == EditPanel::Lesion;
  for (std::size_t p = 0; p < presetActions_.size(); ++p)
    presetActions_[p]->setShortcut(lesion ? QKeySequence() : QKeySequence(QStringLiteral("%1").arg(p + 1)));
  for (QAction* a : arteryActions_) {
    a->setEnabled(lesion);
    a->setShortcut(lesion ? a->data().value<QKeySequence>() : QKeySequence());
  }
}

void EditController::pickLesion(const Index3& voxel) {
  const std::vector<Index3> voxels = quant_->lesionVoxelsAt(voxel);
  if (!quant_->result() || voxels.empty()) {
    status_->showMessage(tr("No scored calcified lesion at this voxel."), 5000);
    return;
  }
  for (const CalcifiedLesion& l : quant_->result()->lesions)
    if (std::find(voxels.begin(), voxels.end(), l.peakVoxel) != voxels.end()) results_->selectLesion(l.peakVoxel);
}

void EditController::assignSelectedLesion(Artery artery) {
  const std::optional<Index3>& anchor = results_->selectedLesion();
  if (!anchor) {
    status_->showMessage(tr("Select a lesion first: click it with the lesion tool or in the lesion table."), 5000);
    return;
  }
  study_->edits()->assignLesion(quant_->lesionVoxelsAt(*anchor), artery);
}

void EditController::cleanUp(EditAction action) {
  const std::shared_ptr<LabelMap> labels = study_->labels();
  if (!labels) return;
  const EditToolSettings s = editPanel_->settings();
  PaintRule rule = s.rule(EditMode::Erase);
  rule.over = PaintOver::BackgroundOnly;  // erase only the active label
  rule.minHu.reset();
  rule.maxHu.reset();
  EditRegion region;
  switch (action) {
    case EditAction::KeepLargest:
      region = LabelMorphology::allButLargest(*labels, s.label);
      break;
    case EditAction::RemoveIslands: {
      // Parts under 1 mL are islands.
      const double voxelMl = labels->geometry().voxelVolumeMm3() / 1000.0;
      region = LabelMorphology::islands(*labels, s.label, static_cast<std::size_t>(std::ceil(1.0 / voxelMl)));
      break;
    }
    case EditAction::FillHoles:
      region = LabelMorphology::holes(*labels, s.label, 2);  // per axial slice, as the sac is drawn
      rule = s.rule(EditMode::Add);
      break;
    case EditAction::Interpolate:
      region = SliceInterpolation::between(*labels, s.label, 2);
      rule = s.rule(EditMode::Add);
      rule.over = PaintOver::BackgroundOnly;
      break;
    default:
      return;
  }
  const std::size_t changed = study_->edits()->applyOnce(action, region, rule);
  status_->showMessage(tr("%n voxel(s) changed", nullptr, static_cast<int>(changed)), 5000);
}

}  // namespace heaorta
