#include "viewers/mpr/BrushOutline.h"

#include <cmath>
#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace heaorta {

namespace {
constexpr int kSegments = 48;
}

BrushOutline::BrushOutline(vtkRenderer* renderer)
    : renderer_(renderer),
      points_(vtkSmartPointer<vtkPoints>::New()),
      circle_(vtkSmartPointer<vtkPolyData>::New()),
      actor_(vtkSmartPointer<vtkActor>::New()) {
  points_->SetNumberOfPoints(kSegments);
  vtkNew<vtkCellArray> line;
  line->InsertNextCell(kSegments + 1);
  for (int s = 0; s <= kSegments; ++s) line->InsertCellPoint(s % kSegments);
  circle_->SetPoints(points_);
  circle_->SetLines(line);
  vtkNew<vtkPolyDataMapper> mapper;
  mapper->SetInputData(circle_);
  actor_->SetMapper(mapper);
  actor_->GetProperty()->SetColor(1.0, 0.85, 0.2);
  actor_->GetProperty()->SetLineWidth(1.5);
  actor_->PickableOff();
  actor_->VisibilityOff();
  renderer_->AddActor(actor_);
}

BrushOutline::~BrushOutline() { renderer_->RemoveActor(actor_); }

void BrushOutline::show(const Eigen::Vector3d& centre, double radiusMm, int rightAxis, int upAxis) {
  for (int s = 0; s < kSegments; ++s) {
    const double a = 2 * M_PI * s / kSegments;
    Eigen::Vector3d p = centre;
    p[rightAxis] += radiusMm * std::cos(a);
    p[upAxis] += radiusMm * std::sin(a);
    points_->SetPoint(s, p.data());
  }
  points_->Modified();
  actor_->VisibilityOn();
}

void BrushOutline::hide() { actor_->VisibilityOff(); }

bool BrushOutline::visible() const { return actor_->GetVisibility() != 0; }

}  // namespace heaorta
