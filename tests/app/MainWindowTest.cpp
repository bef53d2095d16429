// Drives the real main window under Xvfb: open the demo study, look at the pixels of each view.
#include "app/gui/MainWindow.h"
#include "app/gui/MprPanel.h"
#include "tests/support/SyntheticDicom.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

namespace {

QString artefactDir() {
  const QString dir = QString::fromStdString((binaryDir() / "test-artefacts").string());
  QDir().mkpath(dir);
  return dir;
}

int grey(const QImage& image, const QPointF& p) { return qGray(image.pixel(p.toPoint())); }

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
    window_->openPath(sourceDir() / "resources/demo/chest-ct");
    QVERIFY(opened.wait(60000));
  }

  void axialViewShowsAnatomyWithCorrectHounsfieldGreys() {
    window_->viewerState()->setCursor({400, 480, 20});  // crosshair away from the probes
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    const QImage image = axial->grabRendered();
    image.save(artefactDir() + QStringLiteral("/axial-demo.png"));
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
      image.save(artefactDir() + (plane == Plane::Coronal ? QStringLiteral("/coronal-demo.png") : QStringLiteral("/sagittal-demo.png")));
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
    QWheelEvent up(centre, axial->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(axial, &up);
    QCOMPARE(window_->viewerState()->cursor()[2], 32);
  }

  void rightDragChangesWindowLevel() {
    SliceView* axial = window_->mprPanel()->view(Plane::Axial);
    const WindowLevel before = window_->viewerState()->windowLevel();
    QTest::mousePress(axial, Qt::RightButton, Qt::NoModifier, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(150, 80), axial->mapToGlobal(QPointF(150, 80)), Qt::NoButton,
                     Qt::RightButton, Qt::NoModifier);
    QApplication::sendEvent(axial, &move);
    QTest::mouseRelease(axial, Qt::RightButton, Qt::NoModifier, QPoint(150, 80));
    const WindowLevel after = window_->viewerState()->windowLevel();
    QVERIFY(after.window > before.window);
    QVERIFY(after.level > before.level);
    QCOMPARE(window_->viewerState()->preset(), WindowPreset::Custom);
    window_->viewerState()->applyPreset(WindowPreset::Mediastinum);
  }

  void screenshotOfTheWholeWindow() {
    window_->viewerState()->setCursor({290, 225, 20});
    QApplication::processEvents();
    window_->grab().save(artefactDir() + QStringLiteral("/main-window.png"));
  }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
