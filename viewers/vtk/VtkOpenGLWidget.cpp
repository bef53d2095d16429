#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QSurfaceFormat>
#include <vtkCallbackCommand.h>
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
  return format;
}

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent)
    : QOpenGLWidget(parent),
      window_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()),
      renderer_(vtkSmartPointer<vtkRenderer>::New()) {
  setFormat(surfaceFormat());
  setMinimumSize(64, 64);

  window_->SetOwnContext(false);
  window_->SetFrameBlitModeToNoBlit();
  window_->SetMultiSamples(0);
  window_->SetForceMaximumHardwareLineWidth(1);
  window_->AddRenderer(renderer_);
  for (unsigned long event : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                              vtkCommand::WindowSupportsOpenGLEvent, vtkCommand::WindowFrameEvent})
    window_->AddObserver(event, this, &VtkOpenGLWidget::onRenderWindowEvent);
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
  makeCurrent();
  releaseVtkResources();
  doneCurrent();
  window_->RemoveAllObservers();
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return window_; }
vtkRenderer* VtkOpenGLWidget::renderer() const { return renderer_; }

void VtkOpenGLWidget::releaseVtkResources() {
  if (!initialized_) return;
  window_->Finalize();
  window_->SetReadyForRendering(false);
  initialized_ = false;
}

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject*, unsigned long event, void* callData) {
  switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
      // Not QOpenGLWidget::makeCurrent(): that also rebinds the widget's framebuffer behind the
      // back of VTK's state cache, and everything renders black.
      if (context()) context()->makeCurrent(context()->surface());
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(callData) = context() && QOpenGLContext::currentContext() == context();
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
      *static_cast<int*>(callData) = 1;
      break;
    case vtkCommand::WindowFrameEvent:
      break;  // painting happens in paintGL
    default:
      break;
  }
}

void VtkOpenGLWidget::initializeGL() {
  // A widget moved to another top-level window gets a new context: start VTK afresh.
  releaseVtkResources();
  window_->SetReadyForRendering(true);
  window_->OpenGLInitContext();
  const qreal ratio = devicePixelRatioF();
  window_->SetSize(static_cast<int>(width() * ratio), static_cast<int>(height() * ratio));
  initialized_ = true;
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] { releaseVtkResources(); }, Qt::DirectConnection);
}

void VtkOpenGLWidget::resizeGL(int width, int height) {
  const qreal ratio = devicePixelRatioF();
  window_->SetSize(static_cast<int>(width * ratio), static_cast<int>(height * ratio));
}

void VtkOpenGLWidget::paintGL() {
  if (!initialized_) return;
  vtkOpenGLState* state = window_->GetState();
  state->Reset();
  state->Push();
  window_->Render();
  // Copy VTK's display framebuffer into the one Qt composes the widget from.
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  const int* size = window_->GetSize();
  window_->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
  // Translucent props leave alpha < 1 behind; Qt composes the widget as premultiplied, which
  // turns such pixels into garbage colours. The widget is opaque: force alpha to 1.
  QOpenGLFunctions* gl = context()->functions();
  gl->glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
  gl->glClearColor(0.0f, 0.0f, 0.0f, 1.0f);
  gl->glClear(GL_COLOR_BUFFER_BIT);
  gl->glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  state->Pop();
}

QImage VtkOpenGLWidget::grabRendered() { return grabFramebuffer(); }

}  // namespace heaorta
