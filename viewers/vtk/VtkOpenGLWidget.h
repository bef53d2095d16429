#pragma once

#include <QImage>
#include <QSurfaceFormat>
#include <QWidget>
#include <memory>
#include <vtkSmartPointer.h>

class QOffscreenSurface;
class QOpenGLContext;
class vtkGenericOpenGLRenderWindow;
class vtkRenderer;
class vtkObject;

namespace heaorta {

// Hosts a VTK render window in Qt 6 (Debian's VTK Qt module is built for Qt 5). VTK draws into
// its own framebuffer in an offscreen OpenGL context; the frame is read back and painted as an
// image, so the view is a plain raster widget. Neither alternative held up in software (llvmpipe):
// a QOpenGLWidget makes every repaint compose the whole main window through OpenGL, and a native
// OpenGL child window kept stale pixels on an X server without a compositor after layout changes.
// A repaint that is not a new frame (uncovered by a dialog, a move) shows the last frame as is.
class VtkOpenGLWidget : public QWidget {
  Q_OBJECT

 public:
  explicit VtkOpenGLWidget(QWidget* parent = nullptr);
  ~VtkOpenGLWidget() override;

  // What VTK's OpenGL2 backend needs: a 3.2 core profile (Mesa's llvmpipe under Xvfb gives 4.5).
  // Applications set it as the default before creating QApplication.
  static QSurfaceFormat surfaceFormat();

  vtkGenericOpenGLRenderWindow* renderWindow() const;
  vtkRenderer* renderer() const;

  // Schedules a new frame; VTK renders when Qt next paints the widget (several requests, one frame).
  void requestRender();
  // True from a request until the frame is painted (never while the widget is hidden).
  bool renderPending() const;
  // Renders now and returns the frame (for tests and screenshots); null if OpenGL is unavailable.
  QImage grabRendered();

 protected:
  // Called with the new size in device pixels before the next frame.
  virtual void resizeGL(int width, int height);
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  bool makeCurrent();
  bool renderFrame();  // VTK renders and the frame is read into frame_
  void readFrame();
  void onRenderWindowEvent(vtkObject* caller, unsigned long event, void* callData);
  QSize pixelSize() const;

  vtkSmartPointer<vtkGenericOpenGLRenderWindow> window_;
  vtkSmartPointer<vtkRenderer> renderer_;
  std::unique_ptr<QOffscreenSurface> surface_;
  std::unique_ptr<QOpenGLContext> context_;  // made at the first frame; VTK is initialised in it
  QImage frame_;
  bool dirty_ = true;
  bool failed_ = false;  // no usable OpenGL context: say so once, draw a notice
};

}  // namespace heaorta
