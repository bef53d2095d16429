#include "viewers/mpr/SliceView.h"

#include "viewers/mpr/SliceOverlayBuilder.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>
#include <algorithm>
#include <cstring>
#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellArray.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkImageStack.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>

namespace heaorta {

SliceView::SliceView(Plane plane, ViewerState* state, QWidget* parent)
    : VtkOpenGLWidget(parent),
      plane_(plane),
      state_(state),
      image_(vtkSmartPointer<vtkImageData>::New()),
      ctMapper_(vtkSmartPointer<vtkImageSliceMapper>::New()),
      ctSlice_(vtkSmartPointer<vtkImageSlice>::New()),
      overlay_(vtkSmartPointer<vtkImageData>::New()),
      overlayMapper_(vtkSmartPointer<vtkImageSliceMapper>::New()),
      overlaySlice_(vtkSmartPointer<vtkImageSlice>::New()),
      stack_(vtkSmartPointer<vtkImageStack>::New()),
      crosshairPoints_(vtkSmartPointer<vtkPoints>::New()),
      crosshair_(vtkSmartPointer<vtkPolyData>::New()),
      crosshairActor_(vtkSmartPointer<vtkActor>::New()),
      annotations_(renderer()),
      outline_(renderer()),
      followTimer_(new QTimer(this)) {
  followTimer_->setSingleShot(true);
  followTimer_->setInterval(kFollowIntervalMs);
  connect(followTimer_, &QTimer::timeout, this, &SliceView::flushFollowedEdits);
  setMouseTracking(true);
  setFocusPolicy(Qt::StrongFocus);
  renderer()->SetBackground(0, 0, 0);
  renderer()->GetActiveCamera()->ParallelProjectionOn();

  ctMapper_->SetInputData(image_);
  ctMapper_->SliceAtFocalPointOff();
  ctMapper_->SliceFacesCameraOff();
  ctSlice_->SetMapper(ctMapper_);
  ctSlice_->GetProperty()->SetInterpolationTypeToLinear();
  overlayMapper_->SetInputData(overlay_);
  overlayMapper_->SliceAtFocalPointOff();
  overlayMapper_->SliceFacesCameraOff();
  overlaySlice_->SetMapper(overlayMapper_);
  overlaySlice_->GetProperty()->SetInterpolationTypeToNearest();
  overlaySlice_->GetProperty()->SetColorWindow(255.0);  // RGBA passes through unchanged
  overlaySlice_->GetProperty()->SetColorLevel(127.5);
  stack_->AddImage(ctSlice_);
  stack_->AddImage(overlaySlice_);
  overlaySlice_->GetProperty()->SetLayerNumber(1);

  vtkNew<vtkCellArray> lines;
  crosshair_->SetPoints(crosshairPoints_);
  crosshair_->SetLines(lines);
  vtkNew<vtkPolyDataMapper> lineMapper;
  lineMapper->SetInputData(crosshair_);
  crosshairActor_->SetMapper(lineMapper);
  crosshairActor_->GetProperty()->SetColor(0.35, 0.95, 0.35);
  crosshairActor_->GetProperty()->SetOpacity(0.7);
  crosshairActor_->GetProperty()->SetLineWidth(1.0);
  crosshairActor_->PickableOff();

  connect(state_, &ViewerState::cursorChanged, this, [this] { onCursorChanged(); });
  connect(state_, &ViewerState::windowLevelChanged, this, [this] {
    updateWindowLevel();
    requestRender();
  });
  connect(state_, &ViewerState::overlayChanged, this, [this] {
    updateOverlay();
    requestRender();
  });
}

SliceView::~SliceView() = default;

void SliceView::setImage(std::shared_ptr<const Volume> volume) {
  volume_ = std::move(volume);
  labels_.reset();
  shownSlice_ = -1;
  renderer()->RemoveViewProp(stack_);
  renderer()->RemoveActor(crosshairActor_);
  if (!volume_) {
    requestRender();
    return;
  }
  const ImageGeometry& g = volume_->geometry();
  orientation_ = ViewOrientation::forPlane(plane_, g.direction);
  // The VTK world is index x spacing: patient directions are handled by the camera.
  auto scalars = vtkSmartPointer<vtkShortArray>::New();
  scalars->SetArray(const_cast<int16_t*>(volume_->data()), static_cast<vtkIdType>(g.voxelCount()), 1);
  image_->SetDimensions(g.size[0], g.size[1], g.size[2]);
  image_->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
  image_->SetOrigin(0, 0, 0);
  image_->GetPointData()->SetScalars(scalars);
  image_->Modified();
  ctMapper_->SetOrientation(orientation_.sliceAxis);
  overlayMapper_->SetOrientation(orientation_.sliceAxis);
  renderer()->AddViewProp(stack_);
  renderer()->AddActor(crosshairActor_);
  updateWindowLevel();
  updateSlice();
  resetCamera();
  requestRender();
}

void SliceView::setLabels(std::shared_ptr<const LabelMap> labels) {
  labels_ = std::move(labels);
  refreshLabels();
}

void SliceView::refreshLabels() {
  updateOverlay();
  requestRender();
}

void SliceView::labelsEdited(const VoxelBox& box) {
  if (!box.crossesSlice(orientation_.sliceAxis, shownSlice_)) return;
  refreshLabels();
}

void SliceView::labelsEditedElsewhere(const VoxelBox& box) {
  if (!box.crossesSlice(orientation_.sliceAxis, shownSlice_)) return;
  followedEditPending_ = true;
  if (!followTimer_->isActive()) followTimer_->start();
}

void SliceView::flushFollowedEdits() {
  followTimer_->stop();
  if (followedEditPending_) refreshLabels();
}

void SliceView::setTool(SliceTool* tool) {
  tool_ = tool;
  if ((!tool_ || tool_->outlineRadiusMm() <= 0) && outline_.visible()) {
    outline_.hide();
    requestRender();
  }
}

void SliceView::updateBrushOutline(const QPointF& widgetPosition) {
  const double radius = tool_ ? tool_->outlineRadiusMm() : 0.0;
  if (radius <= 0 || !volume_) {
    if (outline_.visible()) outline_.hide(), requestRender();
    return;
  }
  // Just in front of the slice, like the crosshair.
  Eigen::Vector3d centre = worldAt(widgetPosition);
  centre -= orientation_.directionOfProjection() * 0.3 * volume_->geometry().spacing[orientation_.sliceAxis];
  outline_.show(centre, radius, orientation_.rightAxis, orientation_.upAxis);
  requestRender();
}

void SliceView::leaveEvent(QEvent* event) {
  if (outline_.visible()) outline_.hide(), requestRender();
  VtkOpenGLWidget::leaveEvent(event);
}

SliceToolEvent SliceView::toolEvent(const Index3& voxel, Qt::KeyboardModifiers modifiers) const { return {voxel, orientation_.sliceAxis, modifiers}; }

int SliceView::slice() const { return volume_ ? state_->cursor()[orientation_.sliceAxis] : 0; }
int SliceView::sliceCount() const { return volume_ ? volume_->size()[orientation_.sliceAxis] : 0; }

void SliceView::onCursorChanged() {
  if (!volume_) return;
  if (slice() != shownSlice_) updateSlice();
  updateCrosshair();
  updateAnnotation();
  requestRender();
}

void SliceView::updateSlice() {
  shownSlice_ = slice();
  ctMapper_->SetSliceNumber(shownSlice_);
  updateOverlay();
  updateCrosshair();
  updateAnnotation();
}

void SliceView::updateWindowLevel() {
  const WindowLevel wl = state_->windowLevel();
  ctSlice_->GetProperty()->SetColorWindow(wl.window);
  ctSlice_->GetProperty()->SetColorLevel(wl.level);
  updateAnnotation();
}

void SliceView::updateOverlay() {
  followedEditPending_ = false;
  if (!volume_) return;
  ++overlayUpdates_;
  std::vector<uint8_t> rgba;
  SliceOverlayBuilder::build(*volume_, labels_.get(), orientation_.sliceAxis, shownSlice_, state_->highlight(), state_->labelDisplay(), rgba);
  const ImageGeometry& g = volume_->geometry();
  int extent[6] = {0, g.size[0] - 1, 0, g.size[1] - 1, 0, g.size[2] - 1};
  extent[2 * orientation_.sliceAxis] = extent[2 * orientation_.sliceAxis + 1] = shownSlice_;
  overlay_->SetExtent(extent);
  overlay_->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
  overlay_->SetOrigin(0, 0, 0);
  overlay_->AllocateScalars(VTK_UNSIGNED_CHAR, 4);
  std::memcpy(overlay_->GetScalarPointer(), rgba.data(), rgba.size());
  overlay_->Modified();
  overlayMapper_->SetSliceNumber(shownSlice_);
}

void SliceView::updateCrosshair() {
  if (!volume_) return;
  const ImageGeometry& g = volume_->geometry();
  const Index3& c = state_->cursor();
  Eigen::Vector3d centre(c[0] * g.spacing[0], c[1] * g.spacing[1], c[2] * g.spacing[2]);
  // Just in front of the slice, so the lines are never hidden by the image.
  centre -= orientation_.directionOfProjection() * 0.25 * g.spacing[orientation_.sliceAxis];
  crosshairPoints_->Reset();
  vtkNew<vtkCellArray> lines;
  for (int axis : {orientation_.rightAxis, orientation_.upAxis}) {
    Eigen::Vector3d a = centre;
    Eigen::Vector3d b = centre;
    a[axis] = -0.5 * g.spacing[axis];
    b[axis] = (g.size[axis] - 0.5) * g.spacing[axis];
    const vtkIdType ids[2] = {crosshairPoints_->InsertNextPoint(a.data()), crosshairPoints_->InsertNextPoint(b.data())};
    lines->InsertNextCell(2, ids);
  }
  crosshair_->SetLines(lines);
  crosshairPoints_->Modified();
  crosshair_->Modified();
}

void SliceView::updateAnnotation() {
  if (!volume_) return;
  const WindowLevel wl = state_->windowLevel();
  annotations_.setText(ViewAnnotations::LowerLeft, QStringLiteral("%1 / %2").arg(slice() + 1).arg(sliceCount()));
  annotations_.setText(ViewAnnotations::LowerRight, QStringLiteral("W %1  L %2").arg(wl.window, 0, 'f', 0).arg(wl.level, 0, 'f', 0));
  annotations_.setText(ViewAnnotations::LeftEdge, orientation_.leftLabel);
  annotations_.setText(ViewAnnotations::RightEdge, orientation_.rightLabel);
  annotations_.setText(ViewAnnotations::UpperEdge, orientation_.topLabel);
  annotations_.setText(ViewAnnotations::LowerEdge, orientation_.bottomLabel);
}

void SliceView::resetCamera() {
  if (!volume_) return;
  const ImageGeometry& g = volume_->geometry();
  Eigen::Vector3d centre;
  for (int a = 0; a < 3; ++a) centre[a] = 0.5 * (g.size[a] - 1) * g.spacing[a];
  const Eigen::Vector3d dop = orientation_.directionOfProjection();
  const Eigen::Vector3d up = orientation_.viewUp();
  vtkCamera* camera = renderer()->GetActiveCamera();
  const double depth = g.size[orientation_.sliceAxis] * g.spacing[orientation_.sliceAxis] + 100.0;
  camera->SetFocalPoint(centre.data());
  const Eigen::Vector3d position = centre - dop * depth;
  camera->SetPosition(position.data());
  camera->SetViewUp(up.data());
  const double widthMm = g.size[orientation_.rightAxis] * g.spacing[orientation_.rightAxis];
  const double heightMm = g.size[orientation_.upAxis] * g.spacing[orientation_.upAxis];
  const double aspect = height() > 0 ? static_cast<double>(width()) / height() : 1.0;
  camera->SetParallelScale(0.5 * std::max(heightMm, widthMm / aspect) * 1.02);
  renderer()->ResetCameraClippingRange();
  requestRender();
}

void SliceView::zoomBy(double factor) {
  vtkCamera* camera = renderer()->GetActiveCamera();
  camera->SetParallelScale(camera->GetParallelScale() / factor);
  requestRender();
}

Eigen::Vector3d SliceView::worldAt(const QPointF& widgetPosition) const {
  // Parallel projection: map the widget point through the camera frame onto the slice plane.
  vtkCamera* camera = renderer()->GetActiveCamera();
  Eigen::Vector3d focal, up;
  camera->GetFocalPoint(focal.data());
  camera->GetViewUp(up.data());
  const Eigen::Vector3d right = orientation_.directionOfProjection().cross(up);
  const double mmPerPixel = 2.0 * camera->GetParallelScale() / std::max(1, height());
  const double dx = widgetPosition.x() - width() / 2.0;
  const double dy = height() / 2.0 - widgetPosition.y();
  Eigen::Vector3d world = focal + right * dx * mmPerPixel + up * dy * mmPerPixel;
  world[orientation_.sliceAxis] = slice() * volume_->geometry().spacing[orientation_.sliceAxis];
  return world;
}

std::optional<Index3> SliceView::voxelAt(const QPointF& widgetPosition) const {
  if (!volume_) return std::nullopt;
  const Eigen::Vector3d world = worldAt(widgetPosition);
  const ImageGeometry& g = volume_->geometry();
  Index3 voxel;
  for (int a = 0; a < 3; ++a) voxel[a] = static_cast<int>(std::lround(world[a] / g.spacing[a]));
  if (!g.contains(voxel[0], voxel[1], voxel[2])) return std::nullopt;
  return voxel;
}

QPointF SliceView::widgetPositionOf(const Index3& voxel) const {
  vtkCamera* camera = renderer()->GetActiveCamera();
  Eigen::Vector3d focal, up;
  camera->GetFocalPoint(focal.data());
  camera->GetViewUp(up.data());
  const Eigen::Vector3d right = orientation_.directionOfProjection().cross(up);
  const ImageGeometry& g = volume_->geometry();
  const Eigen::Vector3d world(voxel[0] * g.spacing[0], voxel[1] * g.spacing[1], voxel[2] * g.spacing[2]);
  const double mmPerPixel = 2.0 * camera->GetParallelScale() / std::max(1, height());
  const Eigen::Vector3d d = world - focal;
  return {width() / 2.0 + d.dot(right) / mmPerPixel, height() / 2.0 - d.dot(up) / mmPerPixel};
}

void SliceView::stepSlice(int delta) {
  if (!volume_) return;
  Index3 c = state_->cursor();
  c[orientation_.sliceAxis] += delta;
  state_->setCursor(c);
}

void SliceView::mousePressEvent(QMouseEvent* event) {
  dragButton_ = event->button();
  dragStart_ = event->position();
  dragStartWindowLevel_ = state_->windowLevel();
  toolDrag_ = false;
  if (dragButton_ != Qt::LeftButton) return;
  const auto voxel = voxelAt(event->position());
  if (tool_ && !(event->modifiers() & Qt::ShiftModifier)) {
    if (!voxel) return;
    toolDrag_ = true;
    tool_->press(toolEvent(*voxel, event->modifiers()));
    return;
  }
  if (voxel) state_->setCursor(*voxel);
}

void SliceView::mouseMoveEvent(QMouseEvent* event) {
  const QPointF delta = event->position() - dragStart_;
  switch (dragButton_) {
    case Qt::LeftButton:
      if (const auto voxel = voxelAt(event->position())) {
        if (toolDrag_)
          tool_->drag(toolEvent(*voxel, event->modifiers()));
        else
          state_->setCursor(*voxel);
      }
      break;
    case Qt::RightButton: {
      // Horizontal drag widens the window, vertical drag raises the level, scaled to the window.
      const double step = std::max(1.0, dragStartWindowLevel_.window / 250.0);
      state_->setWindowLevel({dragStartWindowLevel_.window + delta.x() * step, dragStartWindowLevel_.level - delta.y() * step});
      break;
    }
    case Qt::MiddleButton: {
      vtkCamera* camera = renderer()->GetActiveCamera();
      const Eigen::Vector3d shift = worldAt(dragStart_) - worldAt(event->position());
      Eigen::Vector3d focal, position;
      camera->GetFocalPoint(focal.data());
      camera->GetPosition(position.data());
      focal += shift;
      position += shift;
      camera->SetFocalPoint(focal.data());
      camera->SetPosition(position.data());
      dragStart_ = event->position();
      requestRender();
      break;
    }
    default:
      break;
  }
  updateBrushOutline(event->position());
  if (const auto voxel = voxelAt(event->position())) Q_EMIT hovered(*voxel);
}

void SliceView::mouseReleaseEvent(QMouseEvent* event) {
  if (toolDrag_ && tool_) {
    // Off the image the stroke still ends, at the last voxel the tool saw.
    const auto voxel = voxelAt(event->position());
    tool_->release(toolEvent(voxel.value_or(state_->cursor()), event->modifiers()));
  }
  const bool stroked = toolDrag_;
  toolDrag_ = false;
  dragButton_ = Qt::NoButton;
  if (stroked) Q_EMIT strokeEnded();
}

void SliceView::wheelEvent(QWheelEvent* event) {
  const int steps = event->angleDelta().y() / 120;
  if (steps == 0) return;
  if (event->modifiers() & Qt::ControlModifier)
    zoomBy(std::pow(1.15, steps));
  else
    stepSlice(steps);
  event->accept();
}

void SliceView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Up:
      stepSlice(1);
      break;
    case Qt::Key_Down:
      stepSlice(-1);
      break;
    case Qt::Key_PageUp:
      stepSlice(10);
      break;
    case Qt::Key_PageDown:
      stepSlice(-10);
      break;
    case Qt::Key_R:
      resetCamera();
      break;
    default:
      VtkOpenGLWidget::keyPressEvent(event);
      return;
  }
  event->accept();
}

void SliceView::resizeGL(int width, int height) {
  VtkOpenGLWidget::resizeGL(width, height);
  resetCamera();
}

}  // namespace heaorta
