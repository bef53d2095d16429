#include "viewers/volume/VolumeView3D.h"

#include "viewers/mpr/ViewOrientation.h"

#include <QMouseEvent>
#include <QWheelEvent>
#include <QtConcurrent>
#include <vtkActor.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkDiscreteFlyingEdges3D.h>
#include <vtkImageData.h>
#include <vtkImageShrink3D.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>
#include <vtkWindowedSincPolyDataFilter.h>

namespace heaorta {
namespace {

// A VTK image in index x spacing space sharing (not copying) a voxel buffer.
template <typename TArray, typename T>
vtkSmartPointer<vtkImageData> wrap(const ImageGeometry& g, const T* data) {
  auto array = vtkSmartPointer<TArray>::New();
  array->SetArray(const_cast<T*>(data), static_cast<vtkIdType>(g.voxelCount()), 1);
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->SetDimensions(g.size[0], g.size[1], g.size[2]);
  image->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
  image->GetPointData()->SetScalars(array);
  return image;
}

}  // namespace

VolumeView3D::VolumeView3D(QWidget* parent) : VtkOpenGLWidget(parent) {
  setObjectName(QStringLiteral("view3d"));
  surfacePool_.setThreadPriority(QThread::IdlePriority);
  labels_.opacity = 0.7;
  lesions_.opacity = 1.0;
  setFocusPolicy(Qt::StrongFocus);
  renderer()->SetBackground(0.08, 0.08, 0.1);
  // The ray caster adapts its sampling to keep 15 frames a second: on software OpenGL a full-quality
  // frame of a 256-cubed volume takes over two seconds, and the view is for orientation.
  renderWindow()->SetDesiredUpdateRate(15.0);
}

VolumeView3D::~VolumeView3D() = default;

QColor VolumeView3D::lesionColour(uint8_t code) {
  switch (code) {
    case 1:
      return QColor(255, 255, 255);  // coronary, unassigned
    case 2:
      return QColor(255, 60, 200);  // LM
    case 3:
      return QColor(255, 230, 0);  // LAD
    case 4:
      return QColor(0, 230, 120);  // LCX
    case 5:
      return QColor(0, 200, 255);  // RCA
    case 6:
      return QColor(180, 120, 255);  // other
    case 7:
      return QColor(255, 150, 30);  // ascending aorta
    case 8:
      return QColor(40, 150, 255);  // descending aorta
    default:
      break;
  }
  return Qt::white;
}

void VolumeView3D::setImage(std::shared_ptr<const Volume> volume) {
  volume_ = std::move(volume);
  if (ctVolume_) renderer()->RemoveVolume(ctVolume_);
  for (Layer* layer : {&labels_, &lesions_}) clearLayer(*layer);
  ctVolume_ = nullptr;
  if (!volume_) {
    requestRender();
    return;
  }
  auto shrink = vtkSmartPointer<vtkImageShrink3D>::New();
  shrink->SetInputData(wrap<vtkShortArray>(volume_->geometry(), volume_->data()));
  // At most ~256 samples along every axis (thin-slice studies too): the rendering cost grows with
  // the voxel count, and the 3D view is for orientation, not measurement.
  const auto factor = [](int n) { return std::max(1, (n + 255) / 256); };
  shrink->SetShrinkFactors(factor(volume_->size()[0]), factor(volume_->size()[1]), factor(volume_->size()[2]));
  shrink->AveragingOn();
  shrink->Update();
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->DeepCopy(shrink->GetOutput());
  auto mapper = vtkSmartPointer<vtkSmartVolumeMapper>::New();
  mapper->SetInputData(image);
  // Calcium and bone white-yellow, soft tissue a faint haze, air and fat invisible.
  auto colour = vtkSmartPointer<vtkColorTransferFunction>::New();
  colour->AddRGBPoint(-100, 0.6, 0.3, 0.25);
  colour->AddRGBPoint(60, 0.8, 0.45, 0.35);
  colour->AddRGBPoint(130, 1.0, 0.9, 0.6);
  colour->AddRGBPoint(600, 1.0, 1.0, 0.95);
  auto opacity = vtkSmartPointer<vtkPiecewiseFunction>::New();
  opacity->AddPoint(-1000, 0.0);
  opacity->AddPoint(0, 0.0);
  opacity->AddPoint(60, 0.01);
  opacity->AddPoint(120, 0.02);
  // Bone stays translucent so the heart and aorta surfaces inside the ribcage remain visible.
  opacity->AddPoint(200, 0.06);
  opacity->AddPoint(600, 0.25);
  auto property = vtkSmartPointer<vtkVolumeProperty>::New();
  property->SetColor(colour);
  property->SetScalarOpacity(opacity);
  property->SetInterpolationTypeToLinear();
  property->ShadeOn();
  ctVolume_ = vtkSmartPointer<vtkVolume>::New();
  ctVolume_->SetMapper(mapper);
  ctVolume_->SetProperty(property);
  renderer()->AddVolume(ctVolume_);
  resetCamera();
}

VolumeView3D::Surfaces VolumeView3D::extract(const VoxelImage<uint8_t>& codes, const Index3& offset, const std::vector<uint8_t>& wanted,
                                             bool smooth) {
  Surfaces surfaces;
  if (!codes.geometry().voxelCount()) return surfaces;
  const vtkSmartPointer<vtkImageData> image = wrap<vtkUnsignedCharArray>(codes.geometry(), codes.data());
  const ImageGeometry& g = codes.geometry();
  image->SetOrigin(offset[0] * g.spacing[0], offset[1] * g.spacing[1], offset[2] * g.spacing[2]);
  for (const uint8_t code : wanted) {
    auto surface = vtkSmartPointer<vtkDiscreteFlyingEdges3D>::New();
    surface->SetInputData(image);
    surface->SetValue(0, code);
    surface->Update();
    if (surface->GetOutput()->GetNumberOfPoints() == 0) continue;
    vtkSmartPointer<vtkPolyData> polyData = surface->GetOutput();
    if (smooth) {
      auto smoother = vtkSmartPointer<vtkWindowedSincPolyDataFilter>::New();
      smoother->SetInputData(polyData);
      smoother->SetNumberOfIterations(15);
      smoother->SetPassBand(0.05);
      smoother->NonManifoldSmoothingOn();
      smoother->NormalizeCoordinatesOn();
      smoother->Update();
      polyData = smoother->GetOutput();
    }
    surfaces.push_back({code, polyData});
  }
  return surfaces;
}

void VolumeView3D::holdSurfaces(bool hold) {
  hold_ = hold;
  if (hold) return;
  bool shown = false;
  for (Layer* layer : {&labels_, &lesions_}) {
    if (!layer->held) continue;
    showSurfaces(*layer, *std::exchange(layer->held, std::nullopt));
    shown = true;
  }
  if (shown && !buildingSurfaces()) Q_EMIT surfacesReady();
}

void VolumeView3D::dropPendingExtraction(Layer& layer) {
  layer.waiting = nullptr;
  layer.held.reset();
  if (!layer.watcher) return;
  layer.watcher->disconnect(this);  // a result still on its way is stale
  layer.watcher->deleteLater();
  layer.watcher = nullptr;
}

void VolumeView3D::clearLayer(Layer& layer) {
  dropPendingExtraction(layer);
  for (auto& [code, actor] : layer.actors) renderer()->RemoveActor(actor);
  layer.actors.clear();
}

void VolumeView3D::startExtraction(Layer& layer, Job job) {
  if (layer.watcher) {
    layer.waiting = std::move(job);  // runs when the extraction in flight ends
    return;
  }
  auto* watcher = new QFutureWatcher<Surfaces>(this);
  layer.watcher = watcher;
  connect(watcher, &QFutureWatcher<Surfaces>::finished, this, [this, &layer, watcher] {
    layer.watcher = nullptr;
    watcher->deleteLater();
    if (layer.waiting) {  // a newer request: its result replaces this one, so skip showing this
      startExtraction(layer, std::exchange(layer.waiting, nullptr));
      return;
    }
    if (hold_) {
      layer.held = watcher->result();
      return;
    }
    showSurfaces(layer, watcher->result());
    if (!buildingSurfaces()) Q_EMIT surfacesReady();
  });
  watcher->setFuture(QtConcurrent::run(&surfacePool_, std::move(job)));
}

void VolumeView3D::showSurfaces(Layer& layer, const Surfaces& surfaces) {
  for (auto& [code, actor] : layer.actors) renderer()->RemoveActor(actor);
  layer.actors.clear();
  for (const Surface& s : surfaces) {
    auto mapper = vtkSmartPointer<vtkPolyDataMapper>::New();
    mapper->SetInputData(s.polyData);
    mapper->ScalarVisibilityOff();
    auto actor = vtkSmartPointer<vtkActor>::New();
    actor->SetMapper(mapper);
    actor->GetProperty()->SetOpacity(layer.opacity);
    renderer()->AddActor(actor);
    layer.actors.emplace_back(s.code, actor);
  }
  applyAppearance(layer);
}

void VolumeView3D::applyAppearance(Layer& layer) {
  const bool anatomy = &layer == &labels_;
  for (auto& [code, actor] : layer.actors) {
    const QColor colour = anatomy ? labelDisplay_.appearance(code).color : lesionColour(code);
    actor->GetProperty()->SetColor(colour.redF(), colour.greenF(), colour.blueF());
    actor->SetVisibility(!anatomy || labelDisplay_.appearance(code).visible);
  }
  requestRender();
}

bool VolumeView3D::buildingSurfaces() const { return labels_.watcher || lesions_.watcher; }

void VolumeView3D::setLabels(std::shared_ptr<const LabelMap> labels) {
  if (!labels) {
    clearLayer(labels_);
    requestRender();
    return;
  }
  // A snapshot: the reader may paint into the live labels while the worker extracts.
  auto snapshot = std::make_shared<const LabelMap>(*labels);
  startExtraction(labels_, [snapshot] { return extract(*snapshot, {0, 0, 0}, {Heart, AscendingAorta, DescendingAorta}, true); });
}

void VolumeView3D::setLabelDisplay(const LabelDisplay& display) {
  labelDisplay_ = display;
  applyAppearance(labels_);
}

void VolumeView3D::setLesions(LesionVoxels lesions) {
  startExtraction(lesions_, [lesions = std::move(lesions)] {
    // Only the box around the lesions, one voxel of margin so that every surface closes.
    const ImageGeometry& g = lesions.geometry;
    Index3 lo{g.size[0], g.size[1], g.size[2]}, hi{-1, -1, -1};
    const auto voxelOf = [&](std::size_t q) {
      return Index3{static_cast<int>(q % g.size[0]), static_cast<int>((q / g.size[0]) % g.size[1]), static_cast<int>(q / g.sliceVoxelCount())};
    };
    for (const auto& [q, code] : lesions.voxels) {
      const Index3 v = voxelOf(q);
      for (int a = 0; a < 3; ++a) lo[a] = std::min(lo[a], v[a] - 1), hi[a] = std::max(hi[a], v[a] + 1);
    }
    if (lesions.voxels.empty()) return Surfaces{};
    ImageGeometry crop = g;
    for (int a = 0; a < 3; ++a) crop.size[a] = hi[a] - lo[a] + 1;
    VoxelImage<uint8_t> codes(crop, 0);
    for (const auto& [q, code] : lesions.voxels) {
      const Index3 v = voxelOf(q);
      codes.at(v[0] - lo[0], v[1] - lo[1], v[2] - lo[2]) = code;
    }
    return extract(codes, lo, {1, 2, 3, 4, 5, 6, 7, 8}, false);
  });
}

void VolumeView3D::resetCamera() {
  if (!volume_) return;
  // Anterior view (as a coronal slice is seen): patient's left on the screen's right, head up.
  const ViewOrientation o = ViewOrientation::forPlane(Plane::Coronal, volume_->geometry().direction);
  const ImageGeometry& g = volume_->geometry();
  Eigen::Vector3d centre;
  for (int a = 0; a < 3; ++a) centre[a] = 0.5 * (g.size[a] - 1) * g.spacing[a];
  const double extent = (g.spacing.cwiseProduct(Eigen::Vector3d(g.size[0], g.size[1], g.size[2]))).norm();
  vtkCamera* camera = renderer()->GetActiveCamera();
  camera->SetFocalPoint(centre.data());
  const Eigen::Vector3d position = centre - o.directionOfProjection() * extent * 1.6;
  camera->SetPosition(position.data());
  camera->SetViewUp(o.viewUp().data());
  camera->SetViewAngle(30);
  renderer()->ResetCameraClippingRange();
  requestRender();
}

void VolumeView3D::mousePressEvent(QMouseEvent* event) {
  button_ = event->button();
  last_ = event->position();
}

void VolumeView3D::mouseMoveEvent(QMouseEvent* event) {
  const QPointF d = event->position() - last_;
  last_ = event->position();
  vtkCamera* camera = renderer()->GetActiveCamera();
  if (button_ == Qt::LeftButton) {
    camera->Azimuth(-d.x() * 0.4);
    camera->Elevation(d.y() * 0.4);
    camera->OrthogonalizeViewUp();
  } else if (button_ == Qt::MiddleButton) {
    Eigen::Vector3d focal, position, up;
    camera->GetFocalPoint(focal.data());
    camera->GetPosition(position.data());
    camera->GetViewUp(up.data());
    const Eigen::Vector3d forward = (focal - position).normalized();
    const Eigen::Vector3d right = forward.cross(up).normalized();
    const double scale = (focal - position).norm() * 0.0015;
    const Eigen::Vector3d shift = (-right * d.x() + up * d.y()) * scale;
    focal += shift;
    position += shift;
    camera->SetFocalPoint(focal.data());
    camera->SetPosition(position.data());
  } else {
    return;
  }
  renderer()->ResetCameraClippingRange();
  requestRender();
}

void VolumeView3D::wheelEvent(QWheelEvent* event) {
  const int steps = event->angleDelta().y() / 120;
  if (!steps) return;
  renderer()->GetActiveCamera()->Dolly(std::pow(1.15, steps));
  renderer()->ResetCameraClippingRange();
  requestRender();
}

void VolumeView3D::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_R)
    resetCamera();
  else
    VtkOpenGLWidget::keyPressEvent(event);
}

}  // namespace heaorta
