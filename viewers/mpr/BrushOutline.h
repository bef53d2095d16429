#pragma once

#include <Eigen/Core>
#include <vtkSmartPointer.h>

class vtkActor;
class vtkPoints;
class vtkPolyData;
class vtkRenderer;

namespace heaorta {

// The brush's footprint drawn under the mouse in a slice view, so the reader sees its size in mm.
class BrushOutline {
 public:
  explicit BrushOutline(vtkRenderer* renderer);
  ~BrushOutline();
  // A circle of `radiusMm` around `centre` (VTK world: index x spacing) in the plane of `rightAxis`
  // and `upAxis`.
  void show(const Eigen::Vector3d& centre, double radiusMm, int rightAxis, int upAxis);
  void hide();
  bool visible() const;

 private:
  vtkRenderer* renderer_;
  vtkSmartPointer<vtkPoints> points_;
  vtkSmartPointer<vtkPolyData> circle_;
  vtkSmartPointer<vtkActor> actor_;
};

}  // namespace heaorta
