#include "viewers/vtk/VtkRenderSurface.h"

#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

namespace heaorta {

VtkRenderSurface::VtkRenderSurface(VtkOpenGLWidget* owner) : owner_(owner) {
  setSurfaceType(QSurface::OpenGLSurface);
  setFormat(VtkOpenGLWidget::surfaceFormat());
}

VtkRenderSurface::~VtkRenderSurface() = default;

QSize VtkRenderSurface::pixelSize() const { return size() * devicePixelRatio(); }

void VtkRenderSurface::scheduleRender() {
  if (scheduled_) return;
  scheduled_ = true;
  QCoreApplication::postEvent(this, new QEvent(QEvent::UpdateRequest), Qt::LowEventPriority);
}

bool VtkRenderSurface::makeCurrent() { return context_ && context_->makeCurrent(this); }

bool VtkRenderSurface::renderNow() {
  if (!isExposed()) return false;
  if (!context_) {
    context_ = std::make_unique<QOpenGLContext>();
    context_->setFormat(format());
    if (!context_->create() || !context_->makeCurrent(this)) {
      context_.reset();
      return false;
    }
    const QSize pixels = pixelSize();
    owner_->initializeVtk(pixels.width(), pixels.height());
  } else if (!context_->makeCurrent(this)) {
    return false;
  }
  owner_->renderVtk();
  return true;
}

QImage VtkRenderSurface::renderAndRead() {
  if (!renderNow()) return {};
  const QSize pixels = pixelSize();
  QImage image(pixels, QImage::Format_RGBA8888);
  QOpenGLFunctions* gl = context_->functions();
  gl->glBindFramebuffer(GL_FRAMEBUFFER, context_->defaultFramebufferObject());
  gl->glPixelStorei(GL_PACK_ALIGNMENT, 4);
  gl->glReadPixels(0, 0, pixels.width(), pixels.height(), GL_RGBA, GL_UNSIGNED_BYTE, image.bits());
  context_->swapBuffers(this);
  return image.mirrored().convertToFormat(QImage::Format_RGB32);
}

void VtkRenderSurface::exposeEvent(QExposeEvent*) { present(); }

void VtkRenderSurface::present() {
  if (!renderNow()) return;
  context_->swapBuffers(this);
  if (framesAfterResize_ > 0 && --framesAfterResize_ > 0) scheduleRender();
}

void VtkRenderSurface::resizeEvent(QResizeEvent*) {
  const QSize pixels = pixelSize();
  owner_->resizeGL(pixels.width(), pixels.height());
  // Mesa's software rasteriser learns a window's new size at a buffer swap, so the first frame
  // after a resize still has the old size and leaves a stale strip: draw a second one.
  framesAfterResize_ = 2;
  scheduleRender();
  // The X server may apply a move and resize after the frames above (a layout change moves and
  // shrinks several views at once): draw again once it has settled.
  QTimer::singleShot(150, this, [this] { scheduleRender(); });
}

bool VtkRenderSurface::event(QEvent* event) {
  switch (event->type()) {
    case QEvent::UpdateRequest:
      scheduled_ = false;
      present();
      return true;
    case QEvent::Paint:  // uncovered while already on screen (a dialog closed over it)
      scheduleRender();
      return true;
    case QEvent::MouseMove:
      if (!owner_->hasMouseTracking() && static_cast<QMouseEvent*>(event)->buttons() == Qt::NoButton) return true;
      [[fallthrough]];
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Enter:
    case QEvent::Leave:
      // Clicking the view gives its widget the focus, as clicking a plain widget would.
      if (event->type() == QEvent::MouseButtonPress && (owner_->focusPolicy() & Qt::ClickFocus)) owner_->setFocus(Qt::MouseFocusReason);
      QCoreApplication::sendEvent(owner_, event);
      return true;
    default:
      return QWindow::event(event);
  }
}

}  // namespace heaorta
