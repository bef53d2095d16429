#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "core/quant/QuantificationEngine.h"
#include "viewers/model/LabelDisplay.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <functional>
#include <optional>
#include <memory>
#include <utility>

class vtkImageData;
class vtkPolyData;
class vtkVolume;
class vtkActor;

namespace heaorta {

// 3D view: the CT volume-rendered with a preset that shows calcium and bone, translucent surfaces
// of the heart and aorta labels, and the calcified lesions coloured by artery. Left drag rotates,
// the wheel zooms, middle drag pans, R resets to the anterior view.
class VolumeView3D : public VtkOpenGLWidget {
  Q_OBJECT

 public:
  explicit VolumeView3D(QWidget* parent = nullptr);
  ~VolumeView3D() override;

  void setImage(std::shared_ptr<const Volume> volume);
  // Surfaces are extracted on a worker thread (over a second for 512 x 512 x 600) from a snapshot
  // taken now, so the labels may be edited meanwhile; the view keeps showing the previous surfaces
  // until `surfacesReady`. At most one extraction per layer runs: a newer request waits for it and
  // replaces any request waiting before it. Every anatomy label gets its surface.
  void setLabels(std::shared_ptr<const LabelMap> labels);
  // Colour and visibility only: no extraction.
  void setLabelDisplay(const LabelDisplay& display);
  // Lesion voxels as QuantificationEngine::lesionVoxels() lists them.
  void setLesions(LesionVoxels lesions);
  bool buildingSurfaces() const;
  // While held, finished surfaces wait and the view does not redraw for them: on software OpenGL
  // a frame of this view takes hundreds of milliseconds and would stall a brush stroke. Releasing
  // the hold shows what waited.
  void holdSurfaces(bool hold);
  void resetCamera();
  static QColor lesionColour(uint8_t code);

 Q_SIGNALS:
  void surfacesReady();

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  struct Surface {
    uint8_t code;
    vtkSmartPointer<vtkPolyData> polyData;
  };
  using Surfaces = std::vector<Surface>;
  using Job = std::function<Surfaces()>;
  // One surface layer (labels or lesions): an actor per code, the extraction in flight and the
  // newest request waiting for it.
  struct Layer {
    std::vector<std::pair<uint8_t, vtkSmartPointer<vtkActor>>> actors;
    QFutureWatcher<Surfaces>* watcher = nullptr;
    Job waiting;
    std::optional<Surfaces> held;  // finished during a hold
    double opacity = 1.0;
  };
  // `codes` covers the voxels from `offset` on (a crop of the CT grid).
  static Surfaces extract(const VoxelImage<uint8_t>& codes, const Index3& offset, const std::vector<uint8_t>& wanted, bool smooth);
  void startExtraction(Layer& layer, Job job);
  void showSurfaces(Layer& layer, const Surfaces& surfaces);
  void applyAppearance(Layer& layer);
  void dropPendingExtraction(Layer& layer);
  void clearLayer(Layer& layer);

  // Surface extraction runs at idle priority (Linux: SCHED_IDLE): on a 2-core machine it would
  // otherwise take a core from the next stroke's drawing. Declared first, so destroyed last.
  QThreadPool surfacePool_;
  std::shared_ptr<const Volume> volume_;
  vtkSmartPointer<vtkVolume> ctVolume_;
  Layer labels_;
  Layer lesions_;
  LabelDisplay labelDisplay_;
  bool hold_ = false;
  Qt::MouseButton button_ = Qt::NoButton;
  QPointF last_;
};

}  // namespace heaorta
