#pragma once

#include <QOpenGLWidget>
#include <QSurfaceFormat>
#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkRenderer;
class vtkObject;

namespace heaorta {

// Hosts a VTK render window in a Qt 6 QOpenGLWidget (Debian's VTK Qt module is built for Qt 5).
// VTK renders into its own framebuffer inside the widget's context; paintGL blits the result
// into the widget's framebuffer.
class VtkOpenGLWidget : public QOpenGLWidget {
  Q_OBJECT

 public:
  explicit VtkOpenGLWidget(QWidget* parent = nullptr);
  ~VtkOpenGLWidget() override;

  // What VTK's OpenGL2 backend needs: a 3.2 core profile (Mesa's llvmpipe under Xvfb gives 4.5).
  // Applications set it as the default before creating QApplication, for shared contexts.
  static QSurfaceFormat surfaceFormat();

  vtkGenericOpenGLRenderWindow* renderWindow() const;
  vtkRenderer* renderer() const;

  // Schedules a repaint; VTK renders during the next paintGL.
  void requestRender() { update(); }
  // Renders now and returns the widget's pixels (for tests and screenshots).
  QImage grabRendered();

 protected:
  void initializeGL() override;
  void resizeGL(int width, int height) override;
  void paintGL() override;

 private:
  void onRenderWindowEvent(vtkObject* caller, unsigned long event, void* callData);
  void releaseVtkResources();

  vtkSmartPointer<vtkGenericOpenGLRenderWindow> window_;
  vtkSmartPointer<vtkRenderer> renderer_;
  bool initialized_ = false;
};

}  // namespace heaorta
