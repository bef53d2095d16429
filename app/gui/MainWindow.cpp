#include "app/gui/MainWindow.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/MprPanel.h"
#include "core/study/StudyLoader.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace heaorta {

MainWindow::MainWindow(StudySession* session, QWidget* parent)
    : QMainWindow(parent),
      session_(session),
      state_(new ViewerState(this)),
      mpr_(new MprPanel(state_, this)),
      positionLabel_(new QLabel(this)),
      valueLabel_(new QLabel(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Heaorta Workstation"));
  setAcceptDrops(true);
  setCentralWidget(mpr_);
  statusBar()->addPermanentWidget(positionLabel_);
  statusBar()->addPermanentWidget(valueLabel_);
  valueLabel_->setObjectName(QStringLiteral("valueLabel"));
  positionLabel_->setObjectName(QStringLiteral("positionLabel"));
  createMenus();
  connect(session_, &StudySession::opened, this, &MainWindow::onStudyOpened);
  connect(mpr_, &MprPanel::hovered, this, &MainWindow::showHovered);
  connect(state_, &ViewerState::cursorChanged, this, &MainWindow::showHovered);
  restoreUserSettings();
  if (session_->isOpen()) onStudyOpened();
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* openFolder = file->addAction(tr("Open &Folder..."), this, &MainWindow::chooseFolder);
  openFolder->setShortcut(QKeySequence::Open);
  QAction* openFile = file->addAction(tr("Open &Volume File..."), this, &MainWindow::chooseFile);
  openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  recentMenu_ = file->addMenu(tr("&Recent Studies"));
  rebuildRecentMenu();
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  auto* presets = new QActionGroup(this);
  int number = 1;
  for (WindowPreset preset : WindowPresets::all) {
    QAction* a = view->addAction(WindowPresets::name(preset), this, [this, preset] { state_->applyPreset(preset); });
    a->setShortcut(QKeySequence(QStringLiteral("%1").arg(number++)));
    a->setCheckable(true);
    a->setData(WindowPresets::key(preset));
    presets->addAction(a);
  }
  connect(state_, &ViewerState::windowLevelChanged, this, [this, presets] {
    for (QAction* a : presets->actions()) a->setChecked(a->data().toString() == WindowPresets::key(state_->preset()));
  });
  view->addSeparator();
  QAction* outline = view->addAction(tr("Label &Outlines"), this, [this](bool on) { state_->setOutline(on); });
  outline->setCheckable(true);
  outline->setShortcut(QKeySequence(Qt::Key_O));
  QAction* all = view->addAction(tr("&All Views"), this, [this] { mpr_->setLayoutMode(-1); });
  all->setShortcut(QKeySequence(Qt::Key_F5));
  const QString names[4] = {tr("A&xial"), tr("&Coronal"), tr("&Sagittal"), tr("&3D")};
  for (int mode = 0; mode < 4; ++mode) {
    QAction* a = view->addAction(names[mode], this, [this, mode] { mpr_->setLayoutMode(mode); });
    a->setShortcut(QKeySequence(Qt::Key_F6 + mode));
  }
}

void MainWindow::chooseFolder() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Open DICOM Folder"));
  if (!dir.isEmpty()) openPath(dir.toStdString());
}

void MainWindow::chooseFile() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Open Volume or DICOM File"), QString(),
                                                    tr("Volumes (*.nii *.nii.gz *.nrrd *.nhdr *.mha *.mhd);;DICOM (*)"));
  if (!file.isEmpty()) openPath(file.toStdString());
}

void MainWindow::openPath(const std::filesystem::path& path) {
  const QString shown = QString::fromStdString(path.string());
  runInBackground<LoadedStudy>(
      this, tr("Opening %1").arg(shown),
      [path](ProgressSink& progress) { return StudyLoader::load(path, {}, progress); },
      [this, path, shown](LoadedStudy& study) {
        session_->open(std::make_shared<Volume>(std::move(study.volume)), path);
        rememberRecent(shown);
      },
      [this](const HeaortaError& error) {
        if (error.code() != ErrorCode::Cancelled)
          QMessageBox::warning(this, tr("Cannot open the study"), error.message());
        Q_EMIT studyFailed(error.message());
      });
}

void MainWindow::onStudyOpened() {
  const std::shared_ptr<const Volume> volume = session_->volume();
  state_->setVolumeSize(volume->size());
  mpr_->setImage(volume);
  mpr_->setLabels(session_->labels());
  const ScanMetadata& m = volume->metadata();
  const QString patient = QString::fromStdString(m.patientName.empty() ? m.patientId : m.patientName);
  setWindowTitle(patient.isEmpty() ? tr("Heaorta Workstation") : tr("%1 - Heaorta Workstation").arg(patient));
  for (const Notice& n : m.loadNotices) statusBar()->showMessage(n.message, 15000);
  Q_EMIT studyOpened();
}

void MainWindow::showHovered(const Index3& voxel) {
  const std::shared_ptr<const Volume> volume = session_->volume();
  if (!volume || !volume->geometry().contains(voxel[0], voxel[1], voxel[2])) return;
  const Eigen::Vector3d p = volume->geometry().indexToPatient(Eigen::Vector3d(voxel[0], voxel[1], voxel[2]));
  positionLabel_->setText(tr("Voxel (%1, %2, %3)  Patient (%4, %5, %6) mm")
                              .arg(voxel[0]).arg(voxel[1]).arg(voxel[2])
                              .arg(p[0], 0, 'f', 1).arg(p[1], 0, 'f', 1).arg(p[2], 0, 'f', 1));
  QString label = tr("none");
  if (const auto labels = session_->labels()) label = QString::number(labels->at(voxel[0], voxel[1], voxel[2]));
  valueLabel_->setText(tr("%1 HU  Label %2").arg(volume->at(voxel[0], voxel[1], voxel[2])).arg(label));
}

void MainWindow::rememberRecent(const QString& path) {
  QSettings settings;
  QStringList recent = settings.value(QStringLiteral("recentStudies")).toStringList();
  recent.removeAll(path);
  recent.prepend(path);
  while (recent.size() > 10) recent.removeLast();
  settings.setValue(QStringLiteral("recentStudies"), recent);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = QSettings().value(QStringLiteral("recentStudies")).toStringList();
  for (const QString& path : recent) recentMenu_->addAction(path, this, [this, path] { openPath(path.toStdString()); });
  recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::restoreUserSettings() {
  QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  const WindowPreset preset = WindowPresets::fromKey(settings.value(QStringLiteral("view/preset"), QStringLiteral("mediastinum")).toString());
  if (preset == WindowPreset::Custom)
    state_->setWindowLevel({settings.value(QStringLiteral("view/window"), 400.0).toDouble(),
                            settings.value(QStringLiteral("view/level"), 40.0).toDouble()});
  else
    state_->applyPreset(preset);
  mpr_->setLayoutMode(settings.value(QStringLiteral("view/layout"), -1).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("view/preset"), WindowPresets::key(state_->preset()));
  settings.setValue(QStringLiteral("view/window"), state_->windowLevel().window);
  settings.setValue(QStringLiteral("view/level"), state_->windowLevel().level);
  settings.setValue(QStringLiteral("view/layout"), mpr_->layoutMode());
  QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
  const QList<QUrl> urls = event->mimeData()->urls();
  if (!urls.isEmpty() && urls.front().isLocalFile()) openPath(urls.front().toLocalFile().toStdString());
}

}  // namespace heaorta
