#include "app/gui/MainWindow.h"

#include "app/gui/AboutDialog.h"
#include "app/gui/BackgroundTask.h"
#include "app/gui/LabelControls.h"
#include "app/gui/MprPanel.h"
#include "app/gui/ReportActions.h"
#include "app/gui/StudyExports.h"
#include "app/gui/pacs/PacsBrowser.h"
#include "app/gui/pacs/PacsNodesDialog.h"
#include "app/gui/pacs/PacsSendDialog.h"
#include "app/gui/ResultsPanel.h"
#include "app/gui/SegmentationBanner.h"
#include "app/gui/StudyBrowser.h"
#include "app/gui/editing/EditPanel.h"
#include "app/gui/editing/EditController.h"
#include "app/gui/editing/LabelEditSession.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/io/LabelExport.h"
#include "core/io/LabelSidecar.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/dicom/DicomValues.h"
#include "core/io/VolumeFileIO.h"
#include "core/study/StudyLoader.h"
#include "segmentation/SegmenterFactory.h"
#include "translations/AvailableLanguages.h"
#include "viewers/volume/VolumeView3D.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace heaorta {
namespace {

QWidget* scrollable(QWidget* content) {
  auto* area = new QScrollArea;
  area->setWidget(content);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  return area;
}

}  // namespace

MainWindow::MainWindow(StudySession* session, QWidget* parent)
    : QMainWindow(parent),
      session_(session),
      state_(new ViewerState(this)),
      mpr_(new MprPanel(state_, this)),
      view3d_(new VolumeView3D(this)),
      banner_(new SegmentationBanner(session, this)),
      quant_(new QuantificationModel(session, this)),
      results_(new ResultsPanel(quant_, this)),
      browser_(new StudyBrowser(this)),
      browserDock_(new QDockWidget(tr("Studies"), this)),
      resultsDock_(new QDockWidget(tr("Results"), this)),
      labelsDock_(new QDockWidget(tr("Labels"), this)),
      editPanel_(new EditPanel(session->edits(), this)),
      editDock_(new QDockWidget(tr("Edit"), this)),
      positionLabel_(new QLabel(this)),
      valueLabel_(new QLabel(this)),
      sliceLabel_(new QLabel(this)) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowTitle(tr("Heaorta Workstation"));
  setAcceptDrops(true);

  mpr_->setThirdDimensionView(view3d_);
  auto* centre = new QWidget(this);
  auto* layout = new QVBoxLayout(centre);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(banner_);
  layout->addWidget(mpr_, 1);
  setCentralWidget(centre);

  for (auto [dock, widget, name, area] :
       {std::tuple{browserDock_, static_cast<QWidget*>(browser_), "studiesDock", Qt::LeftDockWidgetArea},
        std::tuple{resultsDock_, scrollable(results_), "resultsDock", Qt::RightDockWidgetArea},
        std::tuple{labelsDock_, static_cast<QWidget*>(new LabelControls(state_, this)), "labelsDock", Qt::LeftDockWidgetArea},
        std::tuple{editDock_, scrollable(editPanel_), "editDock", Qt::LeftDockWidgetArea}}) {
    dock->setObjectName(QLatin1String(name));
    dock->setWidget(widget);
    addDockWidget(area, dock);
    dock->setMinimumWidth(300);
  }

  statusBar()->addPermanentWidget(sliceLabel_);
  statusBar()->addPermanentWidget(positionLabel_);
  statusBar()->addPermanentWidget(valueLabel_);
  valueLabel_->setObjectName(QStringLiteral("valueLabel"));
  positionLabel_->setObjectName(QStringLiteral("positionLabel"));
  sliceLabel_->setObjectName(QStringLiteral("sliceLabel"));
  report_ = new ReportActions(session_, quant_, view3d_, this);
  createMenus();
  edits_ = new EditController(session_, {editPanel_, mpr_, view3d_, quant_, results_, statusBar()}, presetActions_, this);
  edits_->createMenu(menuBar());
  createToolBar();

  connect(session_, &StudySession::opened, this, &MainWindow::onStudyOpened);
  connect(session_, &StudySession::labelsReplaced, this, &MainWindow::onLabelsReplaced);
  // While a stroke is under way the 3D lesions wait for its end (strokeFinished).
  connect(quant_, &QuantificationModel::resultChanged, this, [this] {
    if (!session_->edits()->inStroke()) view3d_->setLesions(quant_->lesionVoxels());
    banner_->setFailures(quant_->result() ? quant_->result()->failures() : Notices{});
    report_->updateEnabled();
  });
  connect(mpr_, &MprPanel::hovered, this, &MainWindow::showHovered);
  connect(state_, &ViewerState::cursorChanged, this, &MainWindow::showHovered);
  view3d_->setLabelDisplay(state_->labelDisplay());
  connect(state_, &ViewerState::overlayChanged, this, [this] { view3d_->setLabelDisplay(state_->labelDisplay()); });
  connect(browser_, &StudyBrowser::seriesActivated, this, &MainWindow::loadSeries);
  connect(browser_, &StudyBrowser::openFolderRequested, this, &MainWindow::chooseFolder);
  connect(results_, &ResultsPanel::lesionActivated, this, [this](const Eigen::Vector3d& c) {
    state_->setCursor({static_cast<int>(std::lround(c[0])), static_cast<int>(std::lround(c[1])), static_cast<int>(std::lround(c[2]))});
  });
  restoreUserSettings();
  if (session_->folderIndex()) browser_->setIndex(*session_->folderIndex(), session_->indexedFolder());
  if (session_->isOpen()) onStudyOpened();
  if (session_->labels()) onLabelsReplaced();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* openFolder = file->addAction(tr("Open &Folder..."), this, &MainWindow::chooseFolder);
  openFolder->setShortcut(QKeySequence::Open);
  QAction* openFile = file->addAction(tr("Open &Volume File..."), this, &MainWindow::chooseFile);
  openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  recentMenu_ = file->addMenu(tr("&Recent Studies"));
  rebuildRecentMenu();
  file->addSeparator();
  file->addAction(tr("&Load Label Map..."), this, &MainWindow::chooseLabelsToLoad);
  saveLabelsAction_ = file->addAction(tr("&Save Label Map..."), this, &MainWindow::chooseLabelsToSave);
  saveLabelsAction_->setShortcut(QKeySequence::Save);
  saveLabelsAction_->setEnabled(false);
  exportAction_ = file->addAction(tr("&Export Labels..."), this, &MainWindow::chooseExport);
  exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAction_->setEnabled(false);
  file->addSeparator();
  report_->addTo(file);
  file->addSeparator();
  QAction* query = file->addAction(tr("&Query/Retrieve from PACS..."), this, &MainWindow::showPacsBrowser);
  query->setObjectName(QStringLiteral("pacsQueryAction"));
  query->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  QAction* send = file->addAction(tr("Send to &PACS..."), this, &MainWindow::showSendToPacs);
  send->setObjectName(QStringLiteral("pacsSendAction"));
  QAction* nodes = file->addAction(tr("PACS &Nodes..."), this, [this] {
    auto* dialog = new PacsNodesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
  });
  nodes->setObjectName(QStringLiteral("pacsNodesAction"));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* seg = menuBar()->addMenu(tr("&Segmentation"));
  segmentAction_ = seg->addAction(tr("&Segment Heart and Aorta"), this, &MainWindow::segment);
  segmentAction_->setObjectName(QStringLiteral("segmentAction"));
  segmentAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
  segmentAction_->setEnabled(false);

  QMenu* view = menuBar()->addMenu(tr("&View"));
  auto* presets = new QActionGroup(this);
  int number = 1;
  for (WindowPreset preset : WindowPresets::all) {
    QAction* a = view->addAction(WindowPresets::name(preset), this, [this, preset] { state_->applyPreset(preset); });
    a->setShortcut(QKeySequence(QStringLiteral("%1").arg(number++)));
    a->setCheckable(true);
    a->setData(WindowPresets::key(preset));
    presets->addAction(a);
    presetActions_.push_back(a);
  }
  connect(state_, &ViewerState::windowLevelChanged, this, [this, presets] {
    for (QAction* a : presets->actions()) a->setChecked(a->data().toString() == WindowPresets::key(state_->preset()));
  });
  view->addSeparator();
  QAction* outline = view->addAction(tr("Label &Outlines"), this, [this](bool on) { state_->setOutline(on); });
  outline->setCheckable(true);
  outline->setShortcut(QKeySequence(Qt::Key_O));
  connect(state_, &ViewerState::overlayChanged, outline, [this, outline] { outline->setChecked(state_->labelDisplay().outline); });
  QAction* all = view->addAction(tr("&All Views"), this, [this] { mpr_->setLayoutMode(-1); });
  all->setShortcut(QKeySequence(Qt::Key_F5));
  const QString names[4] = {tr("A&xial"), tr("&Coronal"), tr("&Sagittal"), tr("&3D")};
  for (int mode = 0; mode < 4; ++mode) {
    QAction* a = view->addAction(names[mode], this, [this, mode] { mpr_->setLayoutMode(mode); });
    a->setShortcut(QKeySequence(Qt::Key_F6 + mode));
  }
  view->addAction(tr("&Reset 3D View"), this, [this] { view3d_->resetCamera(); });
  view->addSeparator();
  for (QDockWidget* dock : {browserDock_, resultsDock_, labelsDock_, editDock_}) view->addAction(dock->toggleViewAction());

  QMenu* language = menuBar()->addMenu(tr("&Language"));
  auto* languages = new QActionGroup(this);
  const QString current = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
  for (const QString& code : availableLanguages()) {
    QAction* a = language->addAction(nativeLanguageName(code), this, [this, code] {
      QSettings().setValue(QStringLiteral("ui/language"), code);
      Q_EMIT languageChangeRequested(code);
    });
    a->setCheckable(true);
    a->setChecked(current == code);
    languages->addAction(a);
  }

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Heaorta Workstation"), this, [this] { AboutDialog::show(this); });
}

void MainWindow::createToolBar() {
  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("mainToolBar"));
  bar->addAction(tr("Open Folder"), this, &MainWindow::chooseFolder);
  bar->addAction(segmentAction_);
  bar->addSeparator();
  for (WindowPreset preset : WindowPresets::all) bar->addAction(WindowPresets::name(preset), this, [this, preset] { state_->applyPreset(preset); });
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

void MainWindow::chooseLabelsToLoad() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Load Label Map"), QString(), tr("Label maps (*.nii *.nii.gz *.nrrd *.mha *.mhd *.dcm);;DICOM SEG (*)"));
  if (!file.isEmpty()) loadLabels(file.toStdString());
}

void MainWindow::chooseLabelsToSave() {
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Save Label Map"), QStringLiteral("labels.nii.gz"), tr("Label maps (*.nii *.nii.gz *.nrrd *.mha)"));
  if (!file.isEmpty()) saveLabels(file.toStdString());
}

void MainWindow::fail(const QString& title, const HeaortaError& error) {
  if (error.code() == ErrorCode::Cancelled) return;
  statusBar()->showMessage(error.message(), 30000);
  // Window-modal but not blocking: the event loop (and any work in flight) keeps running.
  auto* box = new QMessageBox(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, this);
  box->setObjectName(QStringLiteral("errorMessage"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

bool MainWindow::mayReplaceMasks() {
  if (!session_->edits()->hasUnsavedEdits()) return true;
  return QMessageBox::question(this, tr("Unsaved edits"), tr("The corrected masks are not saved and would be replaced. Discard the edits?"),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void MainWindow::openPath(const std::filesystem::path& path) {
  if (!mayReplaceMasks()) return;
  const QString shown = QString::fromStdString(path.string());
  runInBackground<LoadedStudy>(
      this, tr("Opening %1").arg(shown), [path](ProgressSink& progress) { return StudyLoader::load(path, {}, progress); },
      [this, path, shown](LoadedStudy& study) {
        if (study.index) {
          session_->setFolderIndex(*study.index, shown);
          browser_->setIndex(*study.index, shown);
        }
        showLoadedStudy(std::move(study.volume), path);
        rememberRecent(shown);
      },
      [this](const HeaortaError& error) {
        fail(tr("Cannot open the study"), error);
        Q_EMIT studyFailed(error.message());
      });
}

void MainWindow::loadSeries(const DicomSeriesInfo& series) {
  if (!mayReplaceMasks()) return;
  const std::vector<std::filesystem::path> files = series.files;
  runInBackground<Volume>(
      this, tr("Loading series %1").arg(QString::fromStdString(series.description)),
      [files](ProgressSink& progress) { return DicomSeriesLoader::load(files, {}, progress); },
      [this, files](Volume& volume) { showLoadedStudy(std::move(volume), files.front().parent_path()); },
      [this](const HeaortaError& error) {
        fail(tr("Cannot open the series"), error);
        Q_EMIT studyFailed(error.message());
      });
}

void MainWindow::showLoadedStudy(Volume&& volume, const std::filesystem::path& source) {
  session_->open(std::make_shared<Volume>(std::move(volume)), source);
}

void MainWindow::segment() {
  if (!session_->isOpen() || !mayReplaceMasks()) return;
  const std::shared_ptr<const Volume> volume = session_->volume();
  segmentAction_->setEnabled(false);
  runInBackground<SegmentationResult>(
      this, tr("Segmenting heart and aorta"),
      [volume](ProgressSink& progress) {
        Notices notices;
        const std::unique_ptr<Segmenter> segmenter = SegmenterFactory::create({}, &notices);
        SegmentationResult result = segmenter->segment(*volume, progress);
        result.notices.insert(result.notices.begin(), notices.begin(), notices.end());
        return result;
      },
      [this, volume](SegmentationResult& result) {
        segmentAction_->setEnabled(true);
        if (session_->volume() != volume) return;  // another study was opened meanwhile
        statusBar()->showMessage(tr("Segmented in %1 s by %2").arg(result.seconds, 0, 'f', 1).arg(result.segmenter()), 15000);
        session_->setSegmentation(std::move(result));
        Q_EMIT segmentationFinished();
      },
      [this](const HeaortaError& error) {
        segmentAction_->setEnabled(true);
        fail(tr("Segmentation failed"), error);
        Q_EMIT segmentationFailed(error.message());
      });
}

void MainWindow::loadLabels(const std::filesystem::path& file) {
  if (!session_->isOpen() || !mayReplaceMasks()) return;
  try {
    auto labels = std::make_shared<LabelMap>(readLabelsOnto(file, session_->volume()->geometry()));
    std::optional<LabelSidecar::Contents> saved = LabelSidecar::read(file, session_->volume()->geometry());
    std::shared_ptr<VoxelImage<uint8_t>> bone;
    if (saved && saved->bone) bone = std::make_shared<VoxelImage<uint8_t>>(std::move(*saved->bone));
    session_->setLabels(
        std::move(labels), [name = QString::fromStdString(file.filename().string())] { return tr("Label map %1").arg(name); }, std::move(bone),
        saved ? std::move(saved->arteries) : ArteryAssignments(session_->volume()->geometry()));
  } catch (const HeaortaError& error) {
    fail(tr("Cannot load the label map"), error);
  }
}

void MainWindow::saveLabels(const std::filesystem::path& file) {
  if (!session_->labels()) return;
  try {
    VolumeFileIO::writeLabelMap(*session_->labels(), file);
    LabelSidecar::write(file, session_->arteries(), session_->bone().get(), session_->edits()->provenance().toJson(), session_->segmenterKey());
    session_->edits()->markSaved();
    statusBar()->showMessage(tr("Saved %1").arg(QString::fromStdString(file.string())), 10000);
  } catch (const HeaortaError& error) {
    fail(tr("Cannot save the label map"), error);  // the edits stay, in memory and in the journal
  }
}

void MainWindow::chooseExport() {
  const std::pair<LabelExportFormat, QString> formats[] = {{LabelExportFormat::DicomSeg, tr("DICOM SEG (*.dcm)")},
                                                           {LabelExportFormat::NIfTI, tr("NIfTI with ITK-SNAP label file (*.nii.gz)")},
                                                           {LabelExportFormat::NRRD, tr("NRRD with ITK-SNAP label file (*.nrrd)")},
                                                           {LabelExportFormat::Slicer, tr("3D Slicer segmentation (*.seg.nrrd)")}};
  QStringList filters;
  for (const auto& f : formats) filters << f.second;
  QString chosen;
  const QString file =
      QFileDialog::getSaveFileName(this, tr("Export Labels"), QStringLiteral("heart-aorta.dcm"), filters.join(QStringLiteral(";;")), &chosen);
  if (file.isEmpty()) return;
  for (const auto& f : formats)
    if (f.second == chosen) exportLabels(file.toStdString(), f.first);
}

void MainWindow::showPacsBrowser() {
  if (!pacsBrowser_) {
    pacsBrowser_ = new PacsBrowser(this);
    connect(pacsBrowser_, &PacsBrowser::studyRetrieved, this, [this](const QString& folder) { openPath(folder.toStdString()); });
  }
  pacsBrowser_->show();
  pacsBrowser_->raise();
  pacsBrowser_->activateWindow();
}

void MainWindow::showSendToPacs() {
  auto* dialog = new PacsSendDialog(session_, quant_, report_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void MainWindow::exportLabels(const std::filesystem::path& file, LabelExportFormat format) {
  if (!session_->labels()) return;
  try {
    StudyExports::writeLabels(*session_, *quant_, format, file);
    statusBar()->showMessage(tr("Exported %1").arg(QString::fromStdString(file.string())), 10000);
  } catch (const HeaortaError& error) {
    fail(tr("Cannot export the labels"), error);
  }
}

void MainWindow::offerRestore() {
  const std::vector<std::filesystem::path> pending = EditJournal::pending(session_->edits()->journalRoot());
  if (pending.empty()) return;
  EditJournal::Manifest manifest;
  try {
    manifest = EditJournal::read(pending.front()).manifest;
  } catch (const HeaortaError& error) {
    fail(tr("Cannot restore the edits"), error);
    return;
  }
  auto* box = new QMessageBox(QMessageBox::Question, tr("Restore unsaved edits?"),
                              tr("Heaorta Workstation did not close normally. Edits of %1 (%2) were not saved.\nRestore them?")
                                  .arg(manifest.patient.isEmpty() ? tr("an unnamed patient") : manifest.patient, manifest.source),
                              QMessageBox::Yes | QMessageBox::Discard, this);
  box->setObjectName(QStringLiteral("restoreQuestion"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  connect(box, &QMessageBox::finished, this, [this, box, folder = pending.front()](int) {
    if (box->clickedButton() == box->button(QMessageBox::Yes)) {
      restoreEdits(folder);
    } else {
      std::error_code ignored;
      std::filesystem::remove_all(folder, ignored);
    }
  });
  box->open();
}

void MainWindow::restoreEdits(const std::filesystem::path& journalFolder) {
  std::shared_ptr<EditJournal::Recovered> recovered;
  try {
    recovered = std::make_shared<EditJournal::Recovered>(EditJournal::read(journalFolder));
  } catch (const HeaortaError& error) {
    fail(tr("Cannot restore the edits"), error);
    return;
  }
  auto* once = new QObject(this);
  const auto finish = [this, once, recovered] {
    delete once;
    if (!session_->volume()->geometry().sameGrid(recovered->manifest.geometry)) {
      fail(tr("Cannot restore the edits"),
           HeaortaError(ErrorCode::InvalidInput, tr("%1 no longer has the grid the edits were made on; they stay in %2.")
                                                     .arg(recovered->manifest.source, QString::fromStdString(recovered->folder.string()))));
      return;
    }
    session_->edits()->restore(*recovered);
    statusBar()->showMessage(tr("Restored %n edit step(s).", nullptr, static_cast<int>(recovered->position)), 15000);
    Q_EMIT editsRestored();
  };
  connect(this, &MainWindow::studyOpened, once, finish);
  connect(this, &MainWindow::studyFailed, once, [once] { delete once; });
  openPath(recovered->manifest.source.toStdString());
}

void MainWindow::onStudyOpened() {
  const std::shared_ptr<const Volume> volume = session_->volume();
  state_->setVolumeSize(volume->size());
  mpr_->setImage(volume);
  mpr_->setLabels(nullptr);
  view3d_->setImage(volume);
  segmentAction_->setEnabled(true);
  saveLabelsAction_->setEnabled(false);
  exportAction_->setEnabled(false);
  report_->updateEnabled();
  const ScanMetadata& m = volume->metadata();
  const QString patient = QString::fromStdString(dicom::personNameForDisplay(m.patientName.empty() ? m.patientId : m.patientName));
  setWindowTitle(patient.isEmpty() ? tr("Heaorta Workstation") : tr("%1 - Heaorta Workstation").arg(patient));
  for (const Notice& n : m.loadNotices) statusBar()->showMessage(n.message, 15000);
  Q_EMIT studyOpened();
}

void MainWindow::onLabelsReplaced() {
  showHovered(state_->cursor());  // the status bar names the label under the cursor anew
  mpr_->setLabels(session_->labels());
  view3d_->setLabels(session_->labels());
  saveLabelsAction_->setEnabled(session_->labels() != nullptr);
  exportAction_->setEnabled(session_->labels() != nullptr);
  report_->updateEnabled();
}

void MainWindow::showHovered(const Index3& voxel) {
  const std::shared_ptr<const Volume> volume = session_->volume();
  if (!volume || !volume->geometry().contains(voxel[0], voxel[1], voxel[2])) return;
  const Eigen::Vector3d p = volume->geometry().indexToPatient(Eigen::Vector3d(voxel[0], voxel[1], voxel[2]));
  sliceLabel_->setText(tr("Slice %1 / %2").arg(voxel[2] + 1).arg(volume->size()[2]));
  positionLabel_->setText(tr("Voxel (%1, %2, %3)  Patient (%4, %5, %6) mm")
                              .arg(voxel[0])
                              .arg(voxel[1])
                              .arg(voxel[2])
                              .arg(p[0], 0, 'f', 1)
                              .arg(p[1], 0, 'f', 1)
                              .arg(p[2], 0, 'f', 1));
  QString label = tr("no masks");
  if (const auto labels = session_->labels()) {
    const uint8_t value = labels->at(voxel[0], voxel[1], voxel[2]);
    label = value == Background ? tr("outside the masks") : LabelDisplay::name(value);
  }
  valueLabel_->setText(tr("%1 HU  %2").arg(volume->at(voxel[0], voxel[1], voxel[2])).arg(label));
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
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  const WindowPreset preset = WindowPresets::fromKey(settings.value(QStringLiteral("view/preset"), QStringLiteral("mediastinum")).toString());
  if (preset == WindowPreset::Custom)
    state_->setWindowLevel(
        {settings.value(QStringLiteral("view/window"), 400.0).toDouble(), settings.value(QStringLiteral("view/level"), 40.0).toDouble()});
  else
    state_->applyPreset(preset);
  mpr_->setLayoutMode(settings.value(QStringLiteral("view/layout"), -1).toInt());
}

void MainWindow::saveUserSettings() const {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("view/preset"), WindowPresets::key(state_->preset()));
  settings.setValue(QStringLiteral("view/window"), state_->windowLevel().window);
  settings.setValue(QStringLiteral("view/level"), state_->windowLevel().level);
  settings.setValue(QStringLiteral("view/layout"), mpr_->layoutMode());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveUserSettings();
  // A language switch replaces this window by another on the same session: nothing is closing.
  for (QWidget* w : QApplication::topLevelWidgets())
    if (w != this && qobject_cast<MainWindow*>(w) && w->isVisible()) return QMainWindow::closeEvent(event);
  LabelEditSession* edits = session_->edits();
  if (edits->hasUnsavedEdits()) {
    const auto answer = QMessageBox::question(this, tr("Unsaved edits"), tr("The corrected masks are not saved. Save them before closing?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return event->ignore();
    if (answer == QMessageBox::Save) {
      chooseLabelsToSave();
      if (edits->hasUnsavedEdits()) return event->ignore();
    }
  }
  edits->discardJournal();
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
