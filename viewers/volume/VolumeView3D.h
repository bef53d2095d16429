#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "viewers/model/LabelDisplay.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <memory>

class vtkImageData;
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
  void setLabels(std::shared_ptr<const LabelMap> labels, const LabelDisplay& display);
  // Lesion codes as QuantificationEngine::lesionMap() writes them.
  void setLesions(const VoxelImage<uint8_t>& lesionMap);
  void resetCamera();
  static QColor lesionColour(uint8_t code);

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void replaceSurfaces(std::vector<vtkSmartPointer<vtkActor>>& actors, const VoxelImage<uint8_t>& codes,
                       const std::vector<std::pair<uint8_t, QColor>>& colours, double opacity, bool smooth);

  std::shared_ptr<const Volume> volume_;
  vtkSmartPointer<vtkVolume> ctVolume_;
  std::vector<vtkSmartPointer<vtkActor>> labelActors_;
  std::vector<vtkSmartPointer<vtkActor>> lesionActors_;
  Qt::MouseButton button_ = Qt::NoButton;
  QPointF last_;
};

}  // namespace heaorta
