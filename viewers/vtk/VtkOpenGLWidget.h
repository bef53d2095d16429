#pragma once

#include <QSurfaceFormat>
#include <QWidget>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkRenderer;
class vtkObject;

namespace heaorta {

class VtkRenderSurface;

// Hosts a VTK render window in Qt 6 (Debian's VTK Qt module is built for Qt 5). VTK draws into
// its own framebuffer inside the context of a native OpenGL window embedded in this widget
// (createWindowContainer), then blits it to the window. A native window swaps on its own: a
// QOpenGLWidget would make every repaint compose the whole main window through OpenGL, which a
// software renderer pays for on each mouse move. Input the window receives is forwarded to this
// widget, so subclasses handle events as any QWidget does.
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

  // Schedules a repaint; VTK renders on the next event-loop turn.
  void requestRender();
  // True from a request until the frame is drawn (never while the window is not on screen).
  bool renderPending() const;
  // Renders now and returns the widget's pixels (for tests and screenshots); null while the
  // widget has never been shown.
  QImage grabRendered();
  // `widget` as grab() shows it, with the frames of the views inside it drawn in.
  static QImage grabWithViews(QWidget* widget);

 protected:
  // Called with the new size in device pixels once VTK's window has it.
  virtual void resizeGL(int width, int height);
  // Whatever makes Qt repaint this part of the window (a dialog closed over it, a layout change)
  // redraws the view too: without a compositor the X server does not keep a native window's
  // pixels, and a view that is not redrawn would show what lay there before.
  void paintEvent(QPaintEvent* event) override;
  void moveEvent(QMoveEvent* event) override;

 private:
  friend class VtkRenderSurface;
  void initializeVtk(int width, int height);
  void renderVtk();
  void onRenderWindowEvent(vtkObject* caller, unsigned long event, void* callData);
  void releaseVtkResources();

  vtkSmartPointer<vtkGenericOpenGLRenderWindow> window_;
  vtkSmartPointer<vtkRenderer> renderer_;
  VtkRenderSurface* surface_ = nullptr;  // owned by its container, a child of this widget
  bool initialized_ = false;
};

}  // namespace heaorta
