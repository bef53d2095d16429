// The Qt 6 <-> VTK bridge renders under Xvfb (Mesa llvmpipe): pixels, not just "no crash".
#include "tests/support/SyntheticDicom.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QApplication>
#include <QTest>
#include <QVBoxLayout>
#include <vtkActor.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

using namespace heaorta;

class VtkOpenGLWidgetTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void rendersBackgroundAndGeometry() {
    VtkOpenGLWidget widget;
    widget.resize(320, 240);
    widget.renderer()->SetBackground(1.0, 0.0, 0.0);
    vtkNew<vtkSphereSource> sphere;
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(sphere->GetOutputPort());
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(0.0, 1.0, 0.0);
    actor->GetProperty()->SetAmbient(1.0);
    actor->GetProperty()->SetDiffuse(0.0);
    widget.renderer()->AddActor(actor);
    widget.renderer()->ResetCamera();
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QImage image = widget.grabRendered();
    image.save(heaorta::test::artefactPath(QStringLiteral("vtk-bridge.png")));
    QCOMPARE(image.size(), QSize(320, 240) * widget.devicePixelRatio());
    const QColor corner = image.pixelColor(5, 5);
    const QColor centre = image.pixelColor(image.width() / 2, image.height() / 2);
    QVERIFY2(corner.red() > 240 && corner.green() < 15 && corner.blue() < 15, qPrintable(corner.name()));
    QVERIFY2(centre.green() > 240 && centre.red() < 15, qPrintable(centre.name()));
  }

  void survivesReparentingIntoAnotherWindow() {
    auto* widget = new VtkOpenGLWidget;
    widget->renderer()->SetBackground(0.0, 0.0, 1.0);
    QWidget first;
    (new QVBoxLayout(&first))->addWidget(widget);
    first.resize(200, 200);
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    QWidget second;
    (new QVBoxLayout(&second))->addWidget(widget);
    second.resize(200, 200);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    const QImage image = widget->grabRendered();
    const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
    QVERIFY2(c.blue() > 240 && c.red() < 15, qPrintable(c.name()));
  }
};

QTEST_MAIN(VtkOpenGLWidgetTest)
#include "VtkOpenGLWidgetTest.moc"
