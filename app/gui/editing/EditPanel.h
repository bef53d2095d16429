#pragma once

#include "app/gui/editing/EditTools.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace heaorta {

class LabelEditSession;

// The reader's edit controls: the tool, the label, brush size, paint-over rule, HU range, fill,
// clean-up and interpolation commands, the selected lesion's artery, and the undo history.
class EditPanel : public QWidget {
  Q_OBJECT

 public:
  enum Tool { Navigate, Brush, Eraser, Fill, Lesion };

  EditPanel(LabelEditSession* edits, QWidget* parent = nullptr);

  EditToolSettings settings() const;
  Tool tool() const;
  void setTool(Tool tool);
  // Shows which lesion the artery buttons act on (empty text: none).
  void setSelectedLesion(const QString& description);

 Q_SIGNALS:
  void toolChanged(heaorta::EditPanel::Tool tool);
  void cleanUpRequested(heaorta::EditAction action);  // KeepLargest, RemoveIslands, FillHoles, Interpolate
  void arteryRequested(heaorta::Artery artery);

 private:
  void refreshHistory();

  LabelEditSession* edits_;
  QButtonGroup* tools_;
  QComboBox* label_;
  QDoubleSpinBox* radius_;
  QCheckBox* sphere_;
  QComboBox* over_;
  QCheckBox* huRange_;
  QSpinBox* minHu_;
  QSpinBox* maxHu_;
  QSpinBox* fillMin_;
  QSpinBox* fillMax_;
  QCheckBox* fill3d_;
  QLabel* lesion_;
  QListWidget* history_;
  QLabel* memory_;
};

}  // namespace heaorta
