#pragma once

#include "app/gui/StudySession.h"
#include "core/io/LabelExport.h"
#include "core/util/Error.h"
#include "viewers/model/ViewerState.h"

#include <QMainWindow>
#include <filesystem>
#include <memory>
#include <vector>

class QLabel;
class QMenu;
class QDockWidget;

namespace heaorta {

class EditController;
class EditPanel;
class MprPanel;
class PacsBrowser;
class QuantificationModel;
class ReportActions;
class ResultsPanel;
class SegmentationBanner;
class StudyBrowser;
class VolumeView3D;
struct DicomSeriesInfo;

// The workstation window: study browser on the left, banner and linked MPR + 3D views in the
// middle, scores on the right. Heavy work (indexing, loading, segmenting) runs off the GUI thread.
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(StudySession* session, QWidget* parent = nullptr);
  ~MainWindow() override;

  // A DICOM folder is indexed into the browser and its preferred CT series loaded; a file is loaded.
  void openPath(const std::filesystem::path& path);
  void loadSeries(const DicomSeriesInfo& series);
  void segment();
  void loadLabels(const std::filesystem::path& file);
  void saveLabels(const std::filesystem::path& file);
  void exportLabels(const std::filesystem::path& file, LabelExportFormat format);
  // File > Query/Retrieve from PACS (one browser, kept while the window lives; a retrieved study
  // opens in the study browser) and File > Send to PACS.
  void showPacsBrowser();
  void showSendToPacs();
  // Journals of edits a crashed session left: asks whether to restore the newest (and does).
  void offerRestore();
  // Opens the study of a recovered journal and puts its edits back on it.
  void restoreEdits(const std::filesystem::path& journalFolder);

  MprPanel* mprPanel() const { return mpr_; }
  VolumeView3D* view3d() const { return view3d_; }
  ViewerState* viewerState() const { return state_; }
  QuantificationModel* quantification() const { return quant_; }
  ResultsPanel* resultsPanel() const { return results_; }
  StudyBrowser* studyBrowser() const { return browser_; }
  EditPanel* editPanel() const { return editPanel_; }
  ReportActions* reportActions() const { return report_; }
  void saveUserSettings() const;

 Q_SIGNALS:
  void studyOpened();
  void studyFailed(const QString& message);
  void segmentationFinished();
  void segmentationFailed(const QString& message);
  void languageChangeRequested(const QString& language);
  void editsRestored();

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

 private:
  void createMenus();
  void createToolBar();
  void onStudyOpened();
  void onLabelsReplaced();
  void showHovered(const Index3& voxel);
  void chooseFolder();
  void chooseFile();
  void chooseLabelsToLoad();
  void chooseLabelsToSave();
  void chooseExport();
  void showLoadedStudy(Volume&& volume, const std::filesystem::path& source);
  void rememberRecent(const QString& path);
  void rebuildRecentMenu();
  void restoreUserSettings();
  void fail(const QString& title, const HeaortaError& error);
  // Asks before unsaved corrections would be replaced (new masks, another study); true to go on.
  bool mayReplaceMasks();

  StudySession* session_;
  ViewerState* state_;
  MprPanel* mpr_;
  VolumeView3D* view3d_;
  SegmentationBanner* banner_;
  QuantificationModel* quant_;
  ResultsPanel* results_;
  StudyBrowser* browser_;
  QDockWidget* browserDock_;
  QDockWidget* resultsDock_;
  QDockWidget* labelsDock_;
  EditPanel* editPanel_;
  QDockWidget* editDock_;
  std::vector<QAction*> presetActions_;
  EditController* edits_ = nullptr;
  ReportActions* report_ = nullptr;
  PacsBrowser* pacsBrowser_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QAction* segmentAction_ = nullptr;
  QAction* saveLabelsAction_ = nullptr;
  QAction* exportAction_ = nullptr;
  QLabel* positionLabel_;
  QLabel* valueLabel_;
  QLabel* sliceLabel_;
};

}  // namespace heaorta
