#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPaintEvent>
#include <QPainter>
#include <cmath>
#include <cstring>
#include <vector>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace heaorta {

QSurfaceFormat VtkOpenGLWidget::surfaceFormat() {
  QSurfaceFormat format = QSurfaceFormat::defaultFormat();
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 2);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setDepthBufferSize(24);
  format.setStencilBufferSize(8);
  format.setSamples(0);
  format.setAlphaBufferSize(0);
  return format;
}

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent)
    : QWidget(parent), window_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()), renderer_(vtkSmartPointer<vtkRenderer>::New()) {
  setMinimumSize(64, 64);
  // Every pixel is the frame's: Qt need not paint what lies beneath.
  setAttribute(Qt::WA_OpaquePaintEvent);
  setAttribute(Qt::WA_NoSystemBackground);

  window_->SetOwnContext(false);
  window_->SetFrameBlitModeToNoBlit();  // the frame stays in VTK's framebuffer; we read it there
  window_->SetMultiSamples(0);
  window_->SetForceMaximumHardwareLineWidth(1);
  window_->AddRenderer(renderer_);
  for (unsigned long event :
       {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent, vtkCommand::WindowSupportsOpenGLEvent, vtkCommand::WindowFrameEvent})
    window_->AddObserver(event, this, &VtkOpenGLWidget::onRenderWindowEvent);
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
  // VTK's buffers and textures belong to the context: release them while it is current.
  if (makeCurrent()) {
    window_->Finalize();
    window_->SetReadyForRendering(false);
    context_->doneCurrent();
  }
  window_->RemoveAllObservers();
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return window_; }
vtkRenderer* VtkOpenGLWidget::renderer() const { return renderer_; }

void VtkOpenGLWidget::requestRender() {
  dirty_ = true;
  update();
}

bool VtkOpenGLWidget::renderPending() const { return dirty_ && isVisible() && !failed_; }

QSize VtkOpenGLWidget::pixelSize() const {
  const qreal ratio = devicePixelRatioF();
  return {std::max(1, int(std::lround(width() * ratio))), std::max(1, int(std::lround(height() * ratio)))};
}

bool VtkOpenGLWidget::makeCurrent() { return context_ && context_->makeCurrent(surface_.get()); }

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject*, unsigned long event, void* callData) {
  switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
      makeCurrent();
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(callData) = context_ && QOpenGLContext::currentContext() == context_.get();
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
      *static_cast<int*>(callData) = 1;
      break;
    default:  // WindowFrameEvent: nothing to swap, the frame is read back
      break;
  }
}

bool VtkOpenGLWidget::renderFrame() {
  if (failed_) return false;
  if (!context_) {
    surface_ = std::make_unique<QOffscreenSurface>();
    surface_->setFormat(surfaceFormat());
    surface_->create();
    context_ = std::make_unique<QOpenGLContext>();
    context_->setFormat(surfaceFormat());
    if (!surface_->isValid() || !context_->create() || !context_->makeCurrent(surface_.get())) {
      qWarning("VtkOpenGLWidget: no OpenGL 3.2 context; the view cannot be drawn");
      failed_ = true;
      context_.reset();
      return false;
    }
    window_->SetReadyForRendering(true);
    window_->OpenGLInitContext();
  } else if (!makeCurrent()) {
    return false;
  }
  const QSize pixels = pixelSize();
  const int* size = window_->GetSize();
  if (size[0] != pixels.width() || size[1] != pixels.height()) resizeGL(pixels.width(), pixels.height());  // a new screen's ratio
  vtkOpenGLState* state = window_->GetState();
  state->Reset();
  state->Push();
  window_->Render();
  readFrame();
  state->Pop();
  dirty_ = false;
  return true;
}

void VtkOpenGLWidget::readFrame() {
  const int* size = window_->GetSize();
  const int w = size[0], h = size[1];
  if (frame_.size() != QSize(w, h)) frame_ = QImage(w, h, QImage::Format_RGB32);
  frame_.setDevicePixelRatio(devicePixelRatioF());
  window_->GetDisplayFramebuffer()->Bind(GL_READ_FRAMEBUFFER);
  window_->GetDisplayFramebuffer()->ActivateReadBuffer(0);
  QOpenGLFunctions* gl = context_->functions();
  gl->glPixelStorei(GL_PACK_ALIGNMENT, 4);
  // BGRA bytes are Qt's RGB32 on a little-endian machine. OpenGL's rows run bottom-up, and VTK
  // clears with alpha 0 where RGB32 wants 0xff: both fixed while copying into the frame.
  thread_local std::vector<quint32> rows;
  rows.resize(size_t(w) * h);
  gl->glReadPixels(0, 0, w, h, GL_BGRA, GL_UNSIGNED_BYTE, rows.data());
  for (int y = 0; y < h; ++y) {
    const quint32* from = rows.data() + size_t(h - 1 - y) * w;
    auto* to = reinterpret_cast<quint32*>(frame_.scanLine(y));
    for (int x = 0; x < w; ++x) to[x] = from[x] | 0xff000000u;
  }
}

void VtkOpenGLWidget::resizeGL(int width, int height) { window_->SetSize(width, height); }

void VtkOpenGLWidget::resizeEvent(QResizeEvent*) {
  const QSize pixels = pixelSize();
  resizeGL(pixels.width(), pixels.height());
  requestRender();
}

void VtkOpenGLWidget::paintEvent(QPaintEvent* event) {
  if (dirty_) renderFrame();
  QPainter painter(this);
  if (failed_ || frame_.isNull()) {
    painter.fillRect(rect(), Qt::black);
    painter.setPen(Qt::white);
    painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("This view cannot be drawn: OpenGL 3.2 is not available on this computer."));
    return;
  }
  painter.setCompositionMode(QPainter::CompositionMode_Source);
  const QRect dirty = event->rect();
  const qreal ratio = frame_.devicePixelRatio();
  painter.drawImage(dirty, frame_, QRectF(dirty.topLeft() * ratio, dirty.size() * ratio));
}

QImage VtkOpenGLWidget::grabRendered() {
  if (!renderFrame()) return {};
  update();  // the frame just drawn is also what the screen should show
  return frame_.copy();
}

}  // namespace heaorta
