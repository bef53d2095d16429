#pragma once

#include "app/gui/StudySession.h"
#include "viewers/model/ViewerState.h"

#include <QMainWindow>
#include <filesystem>

class QLabel;
class QMenu;

namespace heaorta {

class MprPanel;

// The workstation window: open a study, see it in linked MPR views.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(StudySession* session, QWidget* parent = nullptr);

  void openPath(const std::filesystem::path& path);
  MprPanel* mprPanel() const { return mpr_; }
  ViewerState* viewerState() const { return state_; }

 Q_SIGNALS:
  void studyOpened();
  void studyFailed(const QString& message);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createMenus();
  void onStudyOpened();
  void showHovered(const Index3& voxel);
  void chooseFolder();
  void chooseFile();
  void rememberRecent(const QString& path);
  void rebuildRecentMenu();
  void restoreUserSettings();

  StudySession* session_;
  ViewerState* state_;
  MprPanel* mpr_;
  QMenu* recentMenu_ = nullptr;
  QLabel* positionLabel_;
  QLabel* valueLabel_;
};

}  // namespace heaorta
