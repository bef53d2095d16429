#pragma once

#include <QString>
#include <array>
#include <vtkSmartPointer.h>

class vtkRenderer;
class vtkTextActor;

namespace heaorta {

// Text in the corners and at the edges of a 2D view (slice number, window/level, orientation).
// Fixed font size and a text only re-rendered when it changes: vtkCornerAnnotation re-fits its
// font on every change, which cost more than the slice itself in software OpenGL.
class ViewAnnotations {
 public:
  enum Place { LowerLeft, LowerRight, LeftEdge, RightEdge, UpperEdge, LowerEdge, PlaceCount };

  explicit ViewAnnotations(vtkRenderer* renderer);
  void setText(Place place, const QString& text);

 private:
  std::array<vtkSmartPointer<vtkTextActor>, PlaceCount> actors_;
  std::array<QString, PlaceCount> texts_;
};

}  // namespace heaorta
