#pragma once

#include <QImage>
#include <QWindow>
#include <memory>

class QOpenGLContext;

namespace heaorta {

class VtkOpenGLWidget;

// The native OpenGL window a VtkOpenGLWidget embeds. It draws through its owner on expose and on
// the event-loop turn after a request (several requests in one turn draw once), and hands every
// input event to the owner (whose mouse-tracking setting decides about moves without a button).
class VtkRenderSurface : public QWindow {
  Q_OBJECT

 public:
  explicit VtkRenderSurface(VtkOpenGLWidget* owner);
  ~VtkRenderSurface() override;

  void scheduleRender();
  bool renderScheduled() const { return scheduled_; }
  // Draws now and reads the back buffer; null until the window has been on screen.
  QImage renderAndRead();
  // Makes the context current on this window; false until one exists.
  bool makeCurrent();
  QOpenGLContext* context() const { return context_.get(); }

 protected:
  bool event(QEvent* event) override;
  void exposeEvent(QExposeEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;

 private:
  bool renderNow();
  void present();  // draws, swaps, and draws once more after a resize
  QSize pixelSize() const;

  VtkOpenGLWidget* owner_;
  std::unique_ptr<QOpenGLContext> context_;
  bool scheduled_ = false;
  int framesAfterResize_ = 0;
};

}  // namespace heaorta
