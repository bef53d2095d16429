// Drives the real main window under Xvfb: open the demo study, look at the pixels of each view.
#include "app/common/Translations.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MprPanel.h"
#include "app/gui/ReportActions.h"
#include "app/gui/ResultsPanel.h"
#include "app/gui/StudyBrowser.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/quant/QuantificationEngine.h"
#include "viewers/vtk/VtkOpenGLWidget.h"
#include "tests/support/SyntheticDicom.h"
#include "viewers/volume/VolumeView3D.h"

#include <QApplication>
#include <QInputDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <functional>
#include <QTemporaryDir>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

namespace {

int grey(const QImage& image, const QPointF& p) { return qGray(image.pixel(p.toPoint())); }

// Overlay red: the heart's colour (235, 70, 70) blended over grey CT.
bool reddish(QRgb c) { return qRed(c) > qGreen(c) + 40 && qRed(c) > qBlue(c) + 40; }

Index3 rounded(const Eigen::Vector3d& v) {
  return {static_cast<int>(std::lround(v[0])), static_cast<int>(std::lround(v[1])), static_cast<int>(std::lround(v[2]))};
}

// The heart voxel nearest the centroid of the heart on its largest axial slice.
Index3 heartProbe(const LabelMap& labels) {
  const Index3 n = labels.size();
  int bestZ = 0;
  std::size_t bestCount = 0;
  for (int z = 0; z < n[2]; ++z) {
    std::size_t count = 0;
    for (int j = 0; j < n[1]; ++j)
      for (int i = 0; i < n[0]; ++i) count += labels.at(i, j, z) == Heart;
    if (count > bestCount) bestCount = count, bestZ = z;
  }
  Eigen::Vector2d sum(0, 0);
  for (int j = 0; j < n[1]; ++j)
    for (int i = 0; i < n[0]; ++i)
      if (labels.at(i, j, bestZ) == Heart) sum += Eigen::Vector2d(i, j);
  const Eigen::Vector2d c = sum / static_cast<double>(bestCount);
  Index3 best{0, 0, bestZ};
  double bestDistance = 1e30;
  for (int j = 0; j < n[1]; ++j)
    for (int i = 0; i < n[0]; ++i)
      if (labels.at(i, j, bestZ) == Heart && (Eigen::Vector2d(i, j) - c).squaredNorm() < bestDistance)
        bestDistance = (Eigen::Vector2d(i, j) - c).squaredNorm(), best = {i, j, bestZ};
  return best;
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT
  StudySession session_;
  std::unique_ptr<MainWindow> window_;

 private Q_SLOTS:
  void initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("HeaortaTest"));
    window_ = std::make_unique<MainWindow>(&session_);
    window_->resize(1400, 1000);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->viewerState()->applyPreset(WindowPreset::Mediastinum);
    QSignalSpy opened(window_.get(), &MainWindow::studyOpened);
    QSignalSpy failed(window_.get(), &MainWindow::studyFailed);
    window_->openPath(sourceDir() / "resources/demo/chest-ct");
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
  }

  void studyBrowserListsTheDemoSeries() {
    QCOMPARE(window_->studyBrowser()->seriesCount(), 1);
    QVERIFY(!window_->findChild<QWidget*>(QStringLiteral("segmentationBanner"))->isVisible());
  }

  void axialViewShowsAnatomyWithCorrectHounsfieldGreys() {
    window_->viewerState()->setCursor({400, 480, 20});  // crosshair away from the probes
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    const QImage image = axial->grabRendered();
    image.save(artefactPath(QStringLiteral("axial-demo.png")));
    const qreal dpr = axial->devicePixelRatio();
    const auto at = [&](int i, int j) { return grey(image, axial->widgetPositionOf({i, j, 20}) * dpr); };
    // Mediastinum window (W 400, L 40): air black, blood mid-grey, vertebral cortex white.
    QVERIFY2(at(256, 100) < 10, qPrintable(QString::number(at(256, 100))));
    QVERIFY2(at(290, 225) > 110 && at(290, 225) < 170, qPrintable(QString::number(at(290, 225))));
    QVERIFY2(at(262, 392) > 240, qPrintable(QString::number(at(262, 392))));
    // Radiological convention: the patient's left (+x) is on the screen's right, anterior up.
    QVERIFY(axial->widgetPositionOf({400, 256, 20}).x() > axial->widgetPositionOf({100, 256, 20}).x());
    QVERIFY(axial->widgetPositionOf({256, 100, 20}).y() < axial->widgetPositionOf({256, 400, 20}).y());
  }

  void coronalAndSagittalViewsShowTheSameVoxels() {
    window_->viewerState()->setCursor({290, 225, 20});
    for (Plane plane : {Plane::Coronal, Plane::Sagittal}) {
      SliceView* view = window_->mprPanel()->view(plane);
      const QImage image = view->grabRendered();
      image.save(artefactPath(plane == Plane::Coronal ? QStringLiteral("coronal-demo.png") : QStringLiteral("sagittal-demo.png")));
      QCOMPARE(view->slice(), plane == Plane::Coronal ? 225 : 290);
      // Superior is up in both: slice 60 (head end) is drawn above slice 5.
      QVERIFY(view->widgetPositionOf({290, 225, 60}).y() < view->widgetPositionOf({290, 225, 5}).y());
    }
  }

  void statusBarReportsHounsfieldUnitsUnderTheCursor() {
    window_->viewerState()->setCursor({256, 100, 20});
    const QString text = window_->findChild<QLabel*>(QStringLiteral("valueLabel"))->text();
    QVERIFY2(text.contains(QLatin1String("-100")) || text.contains(QLatin1String("-99")), qPrintable(text));
  }

  void wheelPagesThroughSlices() {
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    window_->viewerState()->setCursor({256, 256, 30});
    const QPoint centre(axial->width() / 2, axial->height() / 2);
    QWheelEvent up(centre, axial->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(axial, &up);
    QCOMPARE(window_->viewerState()->cursor()[2], 32);
  }

  void rightDragChangesWindowLevel() {
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    const WindowLevel before = window_->viewerState()->windowLevel();
    QTest::mousePress(axial, Qt::RightButton, Qt::NoModifier, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(150, 80), axial->mapToGlobal(QPointF(150, 80)), Qt::NoButton, Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(axial, &move);
    QTest::mouseRelease(axial, Qt::RightButton, Qt::NoModifier, QPoint(150, 80));
    const WindowLevel after = window_->viewerState()->windowLevel();
    QVERIFY(after.window > before.window);
    QVERIFY(after.level > before.level);
    QCOMPARE(window_->viewerState()->preset(), WindowPreset::Custom);
    window_->viewerState()->applyPreset(WindowPreset::Mediastinum);
  }

  void cancellingTheSegmentationLeavesNoMasks() {
    qunsetenv("HEAORTA_MODEL");
    QSignalSpy failed(window_.get(), &MainWindow::segmentationFailed);
    QSignalSpy done(window_.get(), &MainWindow::segmentationFinished);
    window_->segment();
    auto* dialog = window_->findChild<QProgressDialog*>();
    QVERIFY(dialog);
    auto* cancel = dialog->findChild<QPushButton*>();
    QVERIFY(cancel);
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !done.isEmpty(), 60000);
    QCOMPARE(done.count(), 0);
    QVERIFY(!session_.labels());
    QVERIFY(!window_->findChild<QWidget*>(QStringLiteral("segmentationBanner"))->isVisible());
    QVERIFY(!window_->findChild<QMessageBox*>(QStringLiteral("errorMessage")));  // cancelling is not an error
    QTRY_VERIFY(!window_->findChild<QProgressDialog*>());
  }

  void segmentationRunsInTheBackgroundAndShowsTheBanner() {
    qunsetenv("HEAORTA_MODEL");  // the anatomical fallback, whatever this machine has installed
    QSignalSpy done(window_.get(), &MainWindow::segmentationFinished);
    window_->segment();
    QVERIFY(done.wait(180000));
    QVERIFY(session_.labels());
    QCOMPARE(session_.segmenterKey(), QStringLiteral("anatomical-fallback"));
    QVERIFY(window_->view3d()->buildingSurfaces());  // the GUI thread did not wait for the 3D surfaces
    auto* banner = window_->findChild<QLabel*>(QStringLiteral("segmentationBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(session_.segmenter()), qPrintable(banner->text()));
    const double heartMl = session_.labels()->volumeMl(Heart);
    QVERIFY2(heartMl > 400 && heartMl < 1100, qPrintable(QString::number(heartMl)));
  }

  void overlayColoursAppearWhereTheLabelsAre() {
    const Index3 probe = heartProbe(*session_.labels());
    QCOMPARE(session_.labels()->at(probe[0], probe[1], probe[2]), uint8_t(Heart));
    window_->viewerState()->setCursor({probe[0] + 70, probe[1] + 70, probe[2]});  // crosshair off the probe
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    const qreal dpr = axial->devicePixelRatio();
    QImage image = axial->grabRendered();
    image.save(artefactPath(QStringLiteral("axial-segmented.png")));
    const QRgb heart = image.pixel((axial->widgetPositionOf(probe) * dpr).toPoint());
    QVERIFY2(reddish(heart), qPrintable(QColor(heart).name()));
    const QRgb air = image.pixel((axial->widgetPositionOf({256, 100, probe[2]}) * dpr).toPoint());
    QVERIFY2(!reddish(air) && qGray(air) < 10, qPrintable(QColor(air).name()));

    // Hidden, the same pixel is the CT's grey again.
    LabelAppearance hidden = window_->viewerState()->labelDisplay().appearance(Heart);
    hidden.visible = false;
    window_->viewerState()->setLabelAppearance(Heart, hidden);
    image = axial->grabRendered();
    const QRgb bare = image.pixel((axial->widgetPositionOf(probe) * dpr).toPoint());
    QVERIFY2(std::abs(qRed(bare) - qGreen(bare)) < 8, qPrintable(QColor(bare).name()));
    hidden.visible = true;
    window_->viewerState()->setLabelAppearance(Heart, hidden);

    for (Plane plane : {Plane::Coronal, Plane::Sagittal}) {
      window_->viewerState()->setCursor(probe);
      SliceView* view = window_->mprPanel()->view(plane);
      const QImage shot = view->grabRendered();
      shot.save(artefactPath(plane == Plane::Coronal ? QStringLiteral("coronal-segmented.png") : QStringLiteral("sagittal-segmented.png")));
      // A few voxels off both crosshair lines, still inside the heart.
      const Index3 beside = plane == Plane::Coronal ? Index3{probe[0] + 4, probe[1], probe[2] + 3} : Index3{probe[0], probe[1] + 4, probe[2] + 3};
      QCOMPARE(session_.labels()->at(beside[0], beside[1], beside[2]), uint8_t(Heart));
      const QRgb c = shot.pixel((view->widgetPositionOf(beside) * dpr).toPoint());
      QVERIFY2(reddish(c), qPrintable(QColor(c).name()));
    }
  }

  void resultsPanelShowsTheNumbersCoreComputed() {
    QuantificationEngine engine(*session_.volume(), *session_.labels(), &session_.arteries(), session_.bone().get(), QuantSettings{});
    engine.computeAll();
    const QuantResult expected = engine.result();
    QVERIFY(expected.coronary().computed);
    const QString cac = window_->findChild<QLabel*>(QStringLiteral("cacValue"))->text();
    QCOMPARE(cac, QLocale().toString(expected.coronary().agatston, 'f', 1));
    const QString fat = window_->findChild<QLabel*>(QStringLiteral("fatValue"))->text();
    QVERIFY2(fat.contains(QLocale().toString(expected.fat.volumeMl, 'f', 1)), qPrintable(fat));
    QCOMPARE(window_->findChild<QTableWidget*>(QStringLiteral("lesionTable"))->rowCount(), static_cast<int>(expected.lesions.size()));
    // The fallback segmenter's caution reaches the results panel.
    const QListWidget* cautions = window_->findChild<QListWidget*>(QStringLiteral("cautionList"));
    bool fallbackCaution = false;
    for (int i = 0; i < cautions->count(); ++i)
      fallbackCaution = fallbackCaution || cautions->item(i)->data(Qt::UserRole).toString() == QLatin1String("fallback-segmenter");
    QVERIFY(fallbackCaution);
    window_->resultsPanel()->grab().save(artefactPath(QStringLiteral("results-panel.png")));
  }

  void clickingALesionMovesEveryViewToIt() {
    const std::optional<QuantResult>& r = window_->quantification()->result();
    QVERIFY(r && !r->lesions.empty());
    auto* table = window_->findChild<QTableWidget*>(QStringLiteral("lesionTable"));
    const int row = table->rowCount() - 1;
    table->scrollToItem(table->item(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, table->visualItemRect(table->item(row, 1)).center());
    const Index3 expected = rounded(r->lesions[row].centroidIndex);
    QCOMPARE(window_->viewerState()->cursor(), expected);
    QCOMPARE(window_->mprPanel()->view(Plane::Axial)->slice(), expected[2]);
    QCOMPARE(window_->mprPanel()->view(Plane::Coronal)->slice(), expected[1]);
    QCOMPARE(window_->mprPanel()->view(Plane::Sagittal)->slice(), expected[0]);
  }

  void threeDViewShowsTheHeartSurface() {
    window_->mprPanel()->setLayoutMode(3);  // the 3D view maximised
    QApplication::processEvents();
    window_->view3d()->resetCamera();
    // Surfaces are extracted off the GUI thread.
    QTRY_VERIFY_WITH_TIMEOUT(!window_->view3d()->buildingSurfaces(), 60000);
    const auto redFraction = [](const QImage& image) {
      int red = 0;
      for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) red += reddish(image.pixel(x, y));
      return red / (image.width() * image.height() / 4.0);
    };
    const QImage shown = window_->view3d()->grabRendered();
    shown.save(artefactPath(QStringLiteral("view3d-segmented.png")));
    // Hiding the heart label removes its surface from the 3D view: the red was the heart.
    LabelAppearance heart = window_->viewerState()->labelDisplay().appearance(Heart);
    heart.visible = false;
    window_->viewerState()->setLabelAppearance(Heart, heart);
    QVERIFY(!window_->view3d()->buildingSurfaces());  // hiding a label extracts nothing
    const QImage hidden = window_->view3d()->grabRendered();
    heart.visible = true;
    window_->viewerState()->setLabelAppearance(Heart, heart);
    window_->mprPanel()->setLayoutMode(-1);
    QVERIFY2(redFraction(shown) > redFraction(hidden) + 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(redFraction(shown)).arg(redFraction(hidden))));
  }

  // File > Report: the report holds what the panel shows, the key image and the 3D view.
  void theReportShowsWhatTheScreenShows() {
    QTemporaryDir tmp;
    const QString pdf = tmp.filePath(QStringLiteral("workstation-report.pdf"));
    window_->reportActions()->savePdf(pdf.toStdString(), QStringLiteral("Dr. Screen"));
    const QString text = pdfText(pdf);
    const QString cac = window_->findChild<QLabel*>(QStringLiteral("cacValue"))->text();
    QVERIFY2(text.contains(QStringLiteral("Agatston score")) && text.contains(cac), qPrintable(cac + QStringLiteral("\n") + text));
    QVERIFY(text.contains(QStringLiteral("3D view of the masks and calcium.")));
    QVERIFY(text.contains(QStringLiteral("Dr. Screen")));
    QVERIFY(text.contains(QStringLiteral("Anatomical fallback")));
    QVERIFY(keepPdfPages(pdf, QStringLiteral("report-workstation")) >= 2);
  }

  // The menu's Report... asks who signs, then opens the print preview on the same pages.
  void theReportMenuOpensThePrintPreview() {
    QAction* report = nullptr;
    for (QAction* menu : window_->menuBar()->actions())
      for (QAction* a : menu->menu()->actions())
        if (a->text() == QStringLiteral("&Report...")) report = a;
    QVERIFY(report && report->isEnabled());
    int previewPages = 0;
    bool signedIn = false;
    int tries = 0;
    std::function<void()> drive = [&] {
      if (++tries > 300) return;  // the dialogs never came: the checks below fail
      if (auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()); ask && !signedIn) {
        signedIn = true;
        ask->setTextValue(QStringLiteral("Dr. Preview"));
        ask->accept();
      } else if (auto* preview = qobject_cast<QPrintPreviewDialog*>(QApplication::activeModalWidget())) {
        QApplication::processEvents();
        if (auto* view = preview->findChild<QPrintPreviewWidget*>()) previewPages = view->pageCount();
        preview->grab().save(artefactPath(QStringLiteral("report-preview.png")));
        preview->reject();
        return;
      }
      QTimer::singleShot(100, drive);
    };
    QTimer::singleShot(100, drive);
    report->trigger();
    QVERIFY(signedIn);
    QVERIFY2(previewPages >= 2, qPrintable(QString::number(previewPages)));
  }

  void languageSwitchRebuildsTheWindowInChineseKeepingTheStudy() {
    QAction* chinese = nullptr;
    for (QAction* menu : window_->menuBar()->actions())
      for (QAction* a : menu->menu()->actions())
        if (a->text() == QStringLiteral("繁體中文")) chinese = a;
    QVERIFY(chinese);
    QSignalSpy requested(window_.get(), &MainWindow::languageChangeRequested);
    chinese->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.front().front().toString(), QStringLiteral("zh_TW"));

    // What main() does with the request: new translators, a new window on the same session.
    QCOMPARE(installTranslations(*qApp, QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
    {
      MainWindow chineseWindow(&session_);
      chineseWindow.resize(1400, 1000);
      chineseWindow.show();
      QVERIFY(QTest::qWaitForWindowExposed(&chineseWindow));
      QCOMPARE(chineseWindow.menuBar()->actions().front()->text(), QStringLiteral("檔案(&F)"));
      QCOMPARE(chineseWindow.studyBrowser()->seriesCount(), 1);
      const QString cac = chineseWindow.findChild<QLabel*>(QStringLiteral("cacValue"))->text();
      QCOMPARE(cac, window_->findChild<QLabel*>(QStringLiteral("cacValue"))->text());
      // The segmenter's name and cautions, made in English, now read in Chinese too.
      const QString banner = chineseWindow.findChild<QLabel*>(QStringLiteral("segmentationBanner"))->text();
      QVERIFY2(banner.contains(QStringLiteral("解剖式備援分割器")) && banner.contains(QStringLiteral("採用數值前請先檢查遮罩")), qPrintable(banner));
      QApplication::processEvents();
      chineseWindow.grab().toImage().save(artefactPath(QStringLiteral("main-window-zh_TW.png")));
      // The report follows the workstation's language.
      QTemporaryDir tmp;
      const QString pdf = tmp.filePath(QStringLiteral("report-zh.pdf"));
      chineseWindow.reportActions()->savePdf(pdf.toStdString(), QStringLiteral("林醫師"));
      const QString text = pdfText(pdf);
      QVERIFY2(text.contains(QStringLiteral("冠狀動脈鈣化與心臟電腦斷層報告")) && text.contains(QStringLiteral("林醫師")) && text.contains(cac),
               qPrintable(text));
    }
    installTranslations(*qApp, QStringLiteral("en"));
  }

  void screenshotOfTheWholeWindow() {
    window_->viewerState()->setCursor({290, 225, 20});
    QApplication::processEvents();
    window_->grab().toImage().save(artefactPath(QStringLiteral("main-window.png")));
  }

  void aboutBoxNamesEveryLibraryWithItsVersion() {
    const QString text = AboutDialog::text();
    for (const char* library : {"Qt 6.", "VTK 9.", "ITK 5.", "GDCM 3.", "LibTorch", "Eigen"})
      QVERIFY2(text.contains(QLatin1String(library)), library);
  }

  // Last: loading a study replaces the masks of the one before.
  void activatingASeriesInTheBrowserLoadsIt() {
    auto* tree = window_->findChild<QTreeWidget*>(QStringLiteral("studyTree"));
    QTreeWidgetItem* series = tree->topLevelItem(0)->child(0)->child(0);
    QVERIFY(series->data(0, Qt::UserRole).isValid());
    QSignalSpy opened(window_.get(), &MainWindow::studyOpened);
    QSignalSpy failed(window_.get(), &MainWindow::studyFailed);
    tree->setFocus();
    tree->setCurrentItem(series);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(session_.volume()->size(), (Index3{512, 512, 64}));
    QVERIFY(!session_.labels());
    QVERIFY(!window_->findChild<QWidget*>(QStringLiteral("segmentationBanner"))->isVisible());
  }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
