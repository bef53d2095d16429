// A reader corrects the masks in the real window with real mouse and key events, and the numbers
// follow: brush, undo/redo, lesion assignment and exclusion, saving with the assignments.
#include "app/gui/MainWindow.h"
#include "app/gui/MprPanel.h"
#include "app/gui/ResultsPanel.h"
#include "app/gui/editing/EditPanel.h"
#include "app/gui/editing/LabelEditSession.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/dicom/DicomSegExport.h"
#include "core/edit/LabelMorphology.h"
#include "core/io/LabelSidecar.h"
#include "core/quant/QuantificationEngine.h"
#include "viewers/vtk/VtkOpenGLWidget.h"
#include "tests/support/SyntheticDicom.h"
#include "viewers/volume/VolumeView3D.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <functional>

using namespace heaorta;
using namespace heaorta::test;

namespace {

bool reddish(QRgb c) { return qRed(c) > qGreen(c) + 40 && qRed(c) > qBlue(c) + 40; }

QuantResult freshResult(StudySession& s) {
  QuantificationEngine engine(*s.volume(), *s.labels(), &s.arteries(), s.bone().get(), QuantSettings{});
  engine.computeAll();
  return engine.result();
}

// A left-button drag of `steps` moves from a to b, as the mouse sends it.
void drag(QWidget* view, QPointF a, QPointF b, int steps, const std::function<void()>& beforeRelease = {}) {
  QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, a.toPoint());
  for (int s = 1; s <= steps; ++s) {
    const QPointF p = a + (b - a) * (double(s) / steps);
    QMouseEvent move(QEvent::MouseMove, p, view->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QApplication::processEvents();
  }
  if (beforeRelease) beforeRelease();
  QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, b.toPoint());
}

}  // namespace

class EditingWorkflowTest : public QObject {
  Q_OBJECT
  QTemporaryDir scratch_;
  StudySession session_;
  std::unique_ptr<MainWindow> window_;
  LabelMap segmented_;

  // Through the window system, as a keyboard would: shortcuts see it.
  // Without a window manager, closing the progress dialog leaves no window active: activate ours.
  void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QTest::keyClick(window_->windowHandle(), k, modifiers);
  }
  QString shown(const char* name) { return window_->findChild<QLabel*>(QLatin1String(name))->text(); }
  QToolButton* toolButton(EditPanel::Tool tool) { return window_->editPanel()->findChild<QToolButton*>(QStringLiteral("tool%1").arg(int(tool))); }

 private Q_SLOTS:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("HeaortaEditTest"));
    session_.edits()->setJournalRoot(scratch_.filePath(QStringLiteral("autosave")).toStdString());
    window_ = std::make_unique<MainWindow>(&session_);
    window_->resize(1500, 1000);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->activateWindow();  // shortcuts (Ctrl+Z, B, L, 1-5) go to the active window
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    QSignalSpy opened(window_.get(), &MainWindow::studyOpened);
    window_->openPath(sourceDir() / "resources/demo/chest-ct");
    QVERIFY(opened.wait(60000));
    qunsetenv("HEAORTA_MODEL");
    QSignalSpy done(window_.get(), &MainWindow::segmentationFinished);
    window_->segment();
    QVERIFY(done.wait(180000));
    segmented_ = *session_.labels();
  }

  void brushStrokeWithTheMousePaintsAndTheScoresFollow() {
    QTest::mouseClick(toolButton(EditPanel::Brush), Qt::LeftButton);
    window_->editPanel()->findChild<QDoubleSpinBox*>(QStringLiteral("brushRadius"))->setValue(8.0);
    auto* label = window_->editPanel()->findChild<QComboBox*>(QStringLiteral("editLabel"));
    label->setCurrentIndex(label->findData(int(Heart)));
    // Axial slice 30, across the anterior chest wall, in front of the heart.
    window_->viewerState()->setCursor({256, 200, 30});
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    SliceView* coronal = window_->mprPanel()->view(Plane::Coronal);
    SliceView* sagittal = window_->mprPanel()->view(Plane::Sagittal);
    const int axialUpdates = axial->overlayUpdates(), coronalUpdates = coronal->overlayUpdates();
    const int sagittalUpdates = sagittal->overlayUpdates();
    const QPointF from = axial->widgetPositionOf({200, 150, 30}), to = axial->widgetPositionOf({320, 150, 30});
    const double heartBefore = session_.labels()->volumeMl(Heart);
    QElapsedTimer strokeTime;
    strokeTime.start();
    int axialDuring = 0, sagittalDuring = 0;
    drag(axial, from, to, 20, [&] {
      axialDuring = axial->overlayUpdates() - axialUpdates;
      sagittalDuring = sagittal->overlayUpdates() - sagittalUpdates;
    });
    // Under the pen the overlay follows every dab; the sagittal view the stroke crosses follows at
    // most every SliceView::kFollowIntervalMs (a frame would stall the pen), and at the release.
    QVERIFY2(axialDuring >= 15, qPrintable(QString::number(axialDuring)));
    QVERIFY2(sagittalDuring <= 1 + strokeTime.elapsed() / SliceView::kFollowIntervalMs,
             qPrintable(QStringLiteral("%1 in %2 ms").arg(sagittalDuring).arg(strokeTime.elapsed())));
    QVERIFY(axial->showsBrushOutline());  // the brush's 8 mm footprint follows the mouse
    QCOMPARE(session_.edits()->history().steps().size(), std::size_t(1));
    QCOMPARE(session_.edits()->history().steps()[0].title(), QStringLiteral("Brush stroke (heart)"));
    // The stroke is continuous (no gaps between the 20 dabs) and on slice 30 only.
    for (int i = 200; i <= 320; ++i) QCOMPARE(session_.labels()->at(i, 150, 30), uint8_t(Heart));
    QCOMPARE(session_.labels()->at(260, 150, 29), segmented_.at(260, 150, 29));
    const double heartAfter = session_.labels()->volumeMl(Heart);
    QVERIFY(heartAfter > heartBefore + 5);
    // The panel shows what a full computation on the edited labels gives.
    const QuantResult expected = freshResult(session_);
    QTRY_VERIFY2(shown("fatValue").contains(QLocale().toString(expected.heartVolumeMl, 'f', 0) + QStringLiteral(" mL")),
                 qPrintable(shown("fatValue")));
    QVERIFY(window_->quantification()->result()->hasNotice(QStringLiteral("reader-edited")));
    // Views redraw only where their slice crosses the stroke: axial 30 and sagittal x = 256 do, the
    // coronal slice y = 200 lies behind it (y = 150 +- 8 mm) and does not. The 3D view re-extracts
    // on a snapshot afterwards.
    QVERIFY(axial->overlayUpdates() > axialUpdates);
    QVERIFY(sagittal->overlayUpdates() > sagittalUpdates);
    QCOMPARE(coronal->overlayUpdates(), coronalUpdates);
    QTRY_VERIFY_WITH_TIMEOUT(!window_->view3d()->buildingSurfaces(), 60000);
    const QImage shot = axial->grabRendered();
    shot.save(artefactPath(QStringLiteral("edit-brush-stroke.png")));
    window_->grab().toImage().save(artefactPath(QStringLiteral("edit-main-window.png")));
    const QRgb painted = shot.pixel((axial->widgetPositionOf({230, 150, 30}) * axial->devicePixelRatio()).toPoint());
    QVERIFY2(reddish(painted), qPrintable(QColor(painted).name()));
  }

  void undoAndRedoWithTheKeysReturnTheExactMasks() {
    const LabelMap painted = *session_.labels();
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(session_.labels()->voxels(), segmented_.voxels());
    QTRY_VERIFY(!window_->quantification()->result()->hasNotice(QStringLiteral("reader-edited")));
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(session_.labels()->voxels(), painted.voxels());
    auto* history = window_->editPanel()->findChild<QListWidget*>(QStringLiteral("undoHistory"));
    QCOMPARE(history->count(), 1);
    QCOMPARE(history->item(0)->text(), QStringLiteral("Brush stroke (heart)"));
  }

  void aLesionClickedAndKeyedGoesToItsArteryAtOnce() {
    const QuantResult before = *window_->quantification()->result();
    const auto coronary =
        std::find_if(before.lesions.begin(), before.lesions.end(), [](const CalcifiedLesion& l) { return l.region == CalciumRegion::Coronary; });
    QVERIFY(coronary != before.lesions.end());
    QCOMPARE(before.vesselsWithCalcium, 0);
    key(Qt::Key_L);  // the lesion tool
    QCOMPARE(window_->editPanel()->tool(), EditPanel::Lesion);
    QVERIFY(!window_->mprPanel()->view(Plane::Axial)->showsBrushOutline());
    window_->viewerState()->setCursor({coronary->peakVoxel[0] + 30, coronary->peakVoxel[1] + 30, coronary->peakVoxel[2]});
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    // A pixel on the lesion: at this view size a pixel is wider than a voxel, so the pixel nearest
    // the peak voxel can map to the voxel beside a small lesion.
    const std::vector<Index3> lesionVoxels = window_->quantification()->lesionVoxelsAt(coronary->peakVoxel);
    const auto onLesion = [&](const QPoint& p) {
      const auto v = axial->voxelAt(p);
      return v && std::find(lesionVoxels.begin(), lesionVoxels.end(), *v) != lesionVoxels.end();
    };
    QPoint onPeak = axial->widgetPositionOf(coronary->peakVoxel).toPoint();
    for (int r = 0; r <= 2 && !onLesion(onPeak); ++r)
      for (int dy = -r; dy <= r && !onLesion(onPeak); ++dy)
        for (int dx = -r; dx <= r; ++dx)
          if (onLesion(onPeak + QPoint(dx, dy))) {
            onPeak += QPoint(dx, dy);
            break;
          }
    QVERIFY(onLesion(onPeak));
    QTest::mouseClick(axial, Qt::LeftButton, Qt::NoModifier, onPeak);
    QVERIFY2(shown("selectedLesion").startsWith(QStringLiteral("Lesion %1").arg(coronary->id)), qPrintable(shown("selectedLesion")));
    const WindowPreset preset = window_->viewerState()->preset();
    key(Qt::Key_2);  // LAD, not the lung preset while the lesion tool is on
    QTRY_COMPARE(window_->quantification()->result()->arteries[int(Artery::LAD)].agatston, coronary->agatston);
    const QuantResult after = *window_->quantification()->result();
    QCOMPARE(after.vesselsWithCalcium, 1);
    QCOMPARE(after.arteries[int(Artery::Unassigned)].lesions, before.arteries[int(Artery::Unassigned)].lesions - 1);
    QCOMPARE(window_->viewerState()->preset(), preset);
    auto* arteries = window_->findChild<QTableWidget*>(QStringLiteral("arteryTable"));
    QCOMPARE(arteries->item(1, 1)->text(), QLocale().toString(coronary->agatston, 'f', 1));  // row LAD
    // Still selected after the recompute: X excludes it, and the coronary score drops by its share.
    key(Qt::Key_X);
    QTRY_COMPARE(window_->quantification()->result()->coronary().agatston, before.coronary().agatston - coronary->agatston);
    QVERIFY(window_->quantification()->result()->hasNotice(QStringLiteral("calcium-excluded")));
    key(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(window_->quantification()->result()->arteries[int(Artery::LAD)].agatston, coronary->agatston);
    window_->resultsPanel()->grab().save(artefactPath(QStringLiteral("edit-results-lad.png")));
    key(Qt::Key_Escape);
  }

  void savedLabelsCarryTheAssignmentsAndScoreReadsThem() {
    const QString file = scratch_.filePath(QStringLiteral("corrected.nii.gz"));
    window_->saveLabels(file.toStdString());
    QVERIFY(!session_.edits()->hasUnsavedEdits());
    QVERIFY(QFile::exists(QString::fromStdString(LabelSidecar::pathFor(file.toStdString()).string())));
    QProcess cli;
    cli.start(QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")),
              {QStringLiteral("score"), QString::fromStdString((sourceDir() / "resources/demo/chest-ct").string()), QStringLiteral("--labels"), file,
               QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(120000));
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QuantResult shownResult = *window_->quantification()->result();
    QCOMPARE(json[QStringLiteral("coronary_by_artery")].toObject()[QStringLiteral("LAD")].toObject()[QStringLiteral("agatston")].toDouble(),
             shownResult.arteries[int(Artery::LAD)].agatston);
    QCOMPARE(json[QStringLiteral("vessels_with_calcium")].toInt(), 1);
    QVERIFY(json[QStringLiteral("edits")].toObject()[QStringLiteral("edited_by_reader")].toBool());
    QVERIFY(json[QStringLiteral("edits")].toObject()[QStringLiteral("labels")].toObject().contains(QStringLiteral("heart")));
  }

  void exportsSayTheMasksWereCorrected() {
    const QString seg = scratch_.filePath(QStringLiteral("corrected-seg.dcm"));
    window_->exportLabels(seg.toStdString(), LabelExportFormat::DicomSeg);
    QVERIFY(DicomSegReader::read(seg.toStdString(), session_.volume()->geometry()).voxels() == session_.labels()->voxels());
    QString report;
    runTool(QStringLiteral("dciodvfy"), {seg}, &report);
    QVERIFY2(!report.contains(QLatin1String("Error")), qPrintable(report));
    QFile file(seg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("SEMIAUTOMATIC"));  // a reader edited the machine's masks
    const QString slicer = scratch_.filePath(QStringLiteral("corrected.seg.nrrd"));
    window_->exportLabels(slicer.toStdString(), LabelExportFormat::Slicer);
    QFile header(slicer);
    QVERIFY(header.open(QIODevice::ReadOnly));
    QVERIFY(header.read(8192).contains("Heaorta_Edits:={\"edited_by_reader\":true"));
  }

  void fillAndCleanUpAreOneNamedStepEach() {
    // Fill: a click on unlabelled soft tissue fills what is connected to it within -100..200 HU,
    // in that slice only.
    auto* label = window_->editPanel()->findChild<QComboBox*>(QStringLiteral("editLabel"));
    label->setCurrentIndex(label->findData(int(Heart)));
    QTest::mouseClick(toolButton(EditPanel::Fill), Qt::LeftButton);
    const std::size_t steps = session_.edits()->history().position();
    Index3 seed{0, 0, 30};
    for (int j = 200; j < 300 && !seed[0]; ++j)
      for (int i = 200; i < 320 && !seed[0]; ++i) {
        const int hu = session_.volume()->at(i, j, 30);
        if (session_.labels()->at(i, j, 30) == Background && hu > -50 && hu < 100) seed = {i, j, 30};
      }
    QVERIFY(seed[0] > 0);
    window_->viewerState()->setCursor({seed[0] + 40, seed[1] + 40, seed[2]});
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    const std::size_t heartBefore = session_.labels()->count(Heart);
    QCOMPARE(window_->editPanel()->tool(), EditPanel::Fill);
    QCOMPARE(axial->voxelAt(axial->widgetPositionOf(seed)).value_or(Index3{-1, -1, -1}), seed);
    QTest::mouseClick(axial, Qt::LeftButton, Qt::NoModifier, axial->widgetPositionOf(seed).toPoint());
    QCOMPARE(session_.edits()->history().position(), steps + 1);  // the undone exclusion can no longer be redone
    QVERIFY(!session_.edits()->history().canRedo());
    QCOMPARE(session_.edits()->history().steps().back().title(), QStringLiteral("Fill (heart)"));
    QVERIFY(session_.labels()->count(Heart) > heartBefore);
    QCOMPARE(session_.labels()->at(seed[0], seed[1], seed[2]), uint8_t(Heart));
    QCOMPARE(session_.labels()->at(seed[0], seed[1], 29), segmented_.at(seed[0], seed[1], 29));  // one slice only
    // Keep largest part: an island dabbed far from the heart goes, the heart stays.
    QTest::mouseClick(toolButton(EditPanel::Brush), Qt::LeftButton);
    const Index3 island{60, 60, 5};
    window_->viewerState()->setCursor({200, 200, 5});
    QTest::mouseClick(axial, Qt::LeftButton, Qt::NoModifier, axial->widgetPositionOf(island).toPoint());
    QCOMPARE(session_.labels()->at(island[0], island[1], island[2]), uint8_t(Heart));
    const std::size_t heartWithIsland = session_.labels()->count(Heart);
    for (QPushButton* b : window_->editPanel()->findChildren<QPushButton*>())
      if (b->text() == QStringLiteral("Keep largest part")) QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(session_.edits()->history().steps().back().title(), QStringLiteral("Keep largest part (heart)"));
    QVERIFY(LabelMorphology::allButLargest(*session_.labels(), Heart).selectedCount() == 0);
    QCOMPARE(session_.labels()->at(island[0], island[1], island[2]), uint8_t(Background));
    QVERIFY(session_.labels()->count(Heart) > heartWithIsland / 2);
    QTest::mouseClick(toolButton(EditPanel::Navigate), Qt::LeftButton);
  }

  void newMasksDoNotSilentlyReplaceCorrections() {
    QVERIFY(session_.edits()->hasUnsavedEdits());
    const LabelMap corrected = *session_.labels();
    const std::size_t steps = session_.edits()->history().position();
    bool asked = false;
    QTimer::singleShot(200, this, [&] {
      auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
      asked = box != nullptr;
      if (box) box->button(QMessageBox::Cancel)->click();
    });
    QSignalSpy done(window_.get(), &MainWindow::segmentationFinished);
    window_->segment();  // answered Cancel: nothing runs
    QVERIFY(asked);
    QTest::qWait(300);
    QCOMPARE(done.count(), 0);
    QVERIFY(session_.labels()->voxels() == corrected.voxels());
    QCOMPARE(session_.edits()->history().position(), steps);
  }
};

QTEST_MAIN(EditingWorkflowTest)
#include "EditingWorkflowTest.moc"
