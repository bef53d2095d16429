#include "viewers/mpr/ViewAnnotations.h"

#include <vtkCoordinate.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>

namespace heaorta {

ViewAnnotations::ViewAnnotations(vtkRenderer* renderer) {
  struct Anchor {
    double x, y;
    int horizontal, vertical;
  };
  const Anchor anchors[PlaceCount] = {{0.01, 0.01, VTK_TEXT_LEFT, VTK_TEXT_BOTTOM},  {0.99, 0.01, VTK_TEXT_RIGHT, VTK_TEXT_BOTTOM},
                                      {0.01, 0.5, VTK_TEXT_LEFT, VTK_TEXT_CENTERED}, {0.99, 0.5, VTK_TEXT_RIGHT, VTK_TEXT_CENTERED},
                                      {0.5, 0.99, VTK_TEXT_CENTERED, VTK_TEXT_TOP},  {0.5, 0.01, VTK_TEXT_CENTERED, VTK_TEXT_BOTTOM}};
  for (int p = 0; p < PlaceCount; ++p) {
    auto actor = vtkSmartPointer<vtkTextActor>::New();
    actor->SetTextScaleModeToNone();
    actor->GetPositionCoordinate()->SetCoordinateSystemToNormalizedViewport();
    actor->SetPosition(anchors[p].x, anchors[p].y);
    vtkTextProperty* text = actor->GetTextProperty();
    text->SetFontSize(15);
    text->SetColor(0.9, 0.9, 0.6);
    text->SetJustification(anchors[p].horizontal);
    text->SetVerticalJustification(anchors[p].vertical);
    actor->PickableOff();
    renderer->AddViewProp(actor);
    actors_[p] = actor;
  }
}

void ViewAnnotations::setText(Place place, const QString& text) {
  if (texts_[place] == text) return;
  texts_[place] = text;
  actors_[place]->SetInput(text.toUtf8().constData());
}

}  // namespace heaorta
