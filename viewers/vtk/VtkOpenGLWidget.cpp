#include "viewers/vtk/VtkOpenGLWidget.h"

#include "viewers/vtk/VtkRenderSurface.h"

#include <QOpenGLContext>
#include <QPainter>
#include <QOpenGLFunctions>
#include <QVBoxLayout>
#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
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
    : QWidget(parent),
      window_(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()),
      renderer_(vtkSmartPointer<vtkRenderer>::New()),
      surface_(new VtkRenderSurface(this)) {
  setMinimumSize(64, 64);
  QWidget* container = QWidget::createWindowContainer(surface_, this);
  container->setFocusPolicy(Qt::NoFocus);  // the focus stays with this widget
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(container);

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
  // The context lives as long as the surface, which goes with this widget's children: release
  // VTK's resources while both still exist.
  if (surface_->makeCurrent()) {
    releaseVtkResources();
    surface_->context()->doneCurrent();
  }
  window_->RemoveAllObservers();
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return window_; }
vtkRenderer* VtkOpenGLWidget::renderer() const { return renderer_; }

void VtkOpenGLWidget::requestRender() { surface_->scheduleRender(); }

bool VtkOpenGLWidget::renderPending() const { return surface_->renderScheduled() && surface_->isExposed(); }

void VtkOpenGLWidget::releaseVtkResources() {
  if (!initialized_) return;
  window_->Finalize();
  window_->SetReadyForRendering(false);
  initialized_ = false;
}

void VtkOpenGLWidget::onRenderWindowEvent(vtkObject*, unsigned long event, void* callData) {
  QOpenGLContext* context = surface_->context();
  switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
      if (context) context->makeCurrent(surface_);
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(callData) = context && QOpenGLContext::currentContext() == context;
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
      *static_cast<int*>(callData) = 1;
      break;
    case vtkCommand::WindowFrameEvent:
      break;  // the surface swaps after renderVtk
    default:
      break;
  }
}

void VtkOpenGLWidget::initializeVtk(int width, int height) {
  releaseVtkResources();
  window_->SetReadyForRendering(true);
  window_->OpenGLInitContext();
  window_->SetSize(width, height);
  initialized_ = true;
}

void VtkOpenGLWidget::resizeGL(int width, int height) { window_->SetSize(width, height); }

void VtkOpenGLWidget::paintEvent(QPaintEvent*) { requestRender(); }

void VtkOpenGLWidget::moveEvent(QMoveEvent*) { requestRender(); }

void VtkOpenGLWidget::renderVtk() {
  if (!initialized_) return;
  vtkOpenGLState* state = window_->GetState();
  state->Reset();
  state->Push();
  window_->Render();
  // Copy VTK's display framebuffer into the window's.
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, surface_->context()->defaultFramebufferObject());
  const int* size = window_->GetSize();
  window_->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
  state->Pop();
}

QImage VtkOpenGLWidget::grabRendered() { return surface_->renderAndRead(); }

QImage VtkOpenGLWidget::grabWithViews(QWidget* widget) {
  // QWidget::grab() sees native child windows as blank: paint each view's frame over them.
  QImage image = widget->grab().toImage();
  QPainter painter(&image);
  for (VtkOpenGLWidget* view : widget->findChildren<VtkOpenGLWidget*>()) {
    if (!view->isVisible()) continue;
    const QImage frame = view->grabRendered();
    if (!frame.isNull()) painter.drawImage(QRect(view->mapTo(widget, QPoint(0, 0)), view->size()), frame);
  }
  return image;
}

}  // namespace heaorta
