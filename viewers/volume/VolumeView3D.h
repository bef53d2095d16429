#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "viewers/model/LabelDisplay.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QFutureWatcher>
#include <memory>

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
  // Surfaces are extracted on a worker thread (over a second for 512 x 512 x 600); the view keeps
  // showing the previous ones until `surfacesReady`.
  void setLabels(std::shared_ptr<const LabelMap> labels, const LabelDisplay& display);
  // Lesion codes as QuantificationEngine::lesionMap() writes them.
  void setLesions(VoxelImage<uint8_t> lesionMap);
  bool buildingSurfaces() const;
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
    QColor colour;
    vtkSmartPointer<vtkPolyData> polyData;
  };
  using Surfaces = std::vector<Surface>;
  // One surface layer (labels or lesions): its actors and the extraction in flight.
  struct Layer {
    std::vector<vtkSmartPointer<vtkActor>> actors;
    QFutureWatcher<Surfaces>* watcher = nullptr;
    double opacity = 1.0;
  };
  static Surfaces extract(std::shared_ptr<const VoxelImage<uint8_t>> codes,
                          const std::vector<std::pair<uint8_t, QColor>>& colours, bool smooth);
  void startExtraction(Layer& layer, std::shared_ptr<const VoxelImage<uint8_t>> codes,
                       std::vector<std::pair<uint8_t, QColor>> colours, bool smooth);
  void showSurfaces(Layer& layer, const Surfaces& surfaces);
  void clearLayer(Layer& layer);

  std::shared_ptr<const Volume> volume_;
  vtkSmartPointer<vtkVolume> ctVolume_;
  Layer labels_;
  Layer lesions_;
  Qt::MouseButton button_ = Qt::NoButton;
  QPointF last_;
};

}  // namespace heaorta
