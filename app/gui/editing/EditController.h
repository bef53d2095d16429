#pragma once

#include "app/gui/editing/EditTools.h"
#include "core/model/ArteryAssignments.h"

#include <QObject>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QMenuBar;
class QStatusBar;

namespace heaorta {

class EditPanel;
class MprPanel;
class QuantificationModel;
class ResultsPanel;
class StudySession;
class VolumeView3D;

// Connects the reader's edit tools to the window: the Edit menu and its keys, the tool the slice
// views forward the mouse to, lesion picking and assignment, clean-up commands, and which views
// follow an edit (slice views per change, the 3D view after each stroke).
class EditController : public QObject {
  Q_OBJECT

 public:
  struct Views {
    EditPanel* panel;
    MprPanel* mpr;
    VolumeView3D* view3d;
    QuantificationModel* quant;
    ResultsPanel* results;
    QStatusBar* status;
  };
  // `presetActions`: the window presets, whose keys 1-5 the lesion tool borrows.
  EditController(StudySession* study, const Views& views, std::vector<QAction*> presetActions, QObject* parent);
  ~EditController() override;

  // Adds the Edit menu after File.
  QMenu* createMenu(QMenuBar* bar);

 private:
  void connectEditing();
  void setEditTool(int tool);
  void pickLesion(const Index3& voxel);
  void assignSelectedLesion(Artery artery);
  void cleanUp(EditAction action);

  StudySession* study_;
  EditPanel* editPanel_;
  MprPanel* mpr_;
  VolumeView3D* view3d_;
  QuantificationModel* quant_;
  ResultsPanel* results_;
  QStatusBar* status_;
  std::vector<QAction*> presetActions_;
  std::vector<QAction*> arteryActions_;
  std::vector<std::unique_ptr<SliceTool>> tools_;  // indexed by EditPanel::Tool (Navigate: null)
};

}  // namespace heaorta
