#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"
#include "core/edit/VoxelBox.h"
#include "viewers/model/ViewerState.h"
#include "viewers/mpr/BrushOutline.h"
#include "viewers/mpr/SliceTool.h"
#include "viewers/mpr/ViewAnnotations.h"
#include "viewers/mpr/ViewOrientation.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <memory>
#include <optional>

class QTimer;
class vtkImageData;
class vtkImageSliceMapper;
class vtkImageSlice;
class vtkImageStack;
class vtkActor;
class vtkPoints;
class vtkPolyData;

namespace heaorta {

// One MPR view (axial, coronal or sagittal) of a CT with its overlays. Left button moves the
// shared crosshair, right button drags window/level, middle button pans, the wheel pages
// through slices (Ctrl+wheel zooms); arrow and page keys page too, R resets the view.
class SliceView : public VtkOpenGLWidget {
  Q_OBJECT

 public:
  SliceView(Plane plane, ViewerState* state, QWidget* parent = nullptr);
  ~SliceView() override;

  void setImage(std::shared_ptr<const Volume> volume);
  void setLabels(std::shared_ptr<const LabelMap> labels);  // null clears the overlay
  // Call after the label voxels changed (segmentation, editing) to redraw the overlay.
  void refreshLabels();
  // After an edit of `box`: redraws only when the shown slice crosses it.
  void labelsEdited(const VoxelBox& box);
  // The same while a stroke goes on in another view: this view follows at most every
  // kFollowIntervalMs (a frame costs 10-15 ms in software GL, and would stall the pen) and at once
  // when flushFollowedEdits() is called at the stroke's end.
  void labelsEditedElsewhere(const VoxelBox& box);
  void flushFollowedEdits();
  static constexpr int kFollowIntervalMs = 100;
  bool strokeInProgress() const { return toolDrag_; }
  // With a tool, the left button edits (Shift+left still moves the crosshair); null navigates.
  void setTool(SliceTool* tool);
  bool showsBrushOutline() const { return outline_.visible(); }
  int overlayUpdates() const { return overlayUpdates_; }  // how often the overlay was rebuilt

  Plane plane() const { return plane_; }
  const ViewOrientation& orientation() const { return orientation_; }
  int slice() const;
  int sliceCount() const;
  void resetCamera();
  void zoomBy(double factor);

  // The voxel under a widget position (on the current slice), if inside the volume.
  std::optional<Index3> voxelAt(const QPointF& widgetPosition) const;
  // Where a voxel of the current slice is drawn, in widget coordinates.
  QPointF widgetPositionOf(const Index3& voxel) const;

 Q_SIGNALS:
  void hovered(const heaorta::Index3& voxel);
  void strokeEnded();

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void resizeGL(int width, int height) override;

 private:
  void onCursorChanged();
  void updateSlice();
  void updateWindowLevel();
  void updateOverlay();
  void updateCrosshair();
  void updateAnnotation();
  void stepSlice(int delta);
  SliceToolEvent toolEvent(const Index3& voxel, Qt::KeyboardModifiers modifiers) const;
  void updateBrushOutline(const QPointF& widgetPosition);
  Eigen::Vector3d worldAt(const QPointF& widgetPosition) const;

  Plane plane_;
  ViewerState* state_;
  ViewOrientation orientation_;
  std::shared_ptr<const Volume> volume_;
  std::shared_ptr<const LabelMap> labels_;
  int shownSlice_ = -1;

  vtkSmartPointer<vtkImageData> image_;
  vtkSmartPointer<vtkImageSliceMapper> ctMapper_;
  vtkSmartPointer<vtkImageSlice> ctSlice_;
  vtkSmartPointer<vtkImageData> overlay_;
  vtkSmartPointer<vtkImageSliceMapper> overlayMapper_;
  vtkSmartPointer<vtkImageSlice> overlaySlice_;
  vtkSmartPointer<vtkImageStack> stack_;
  vtkSmartPointer<vtkPoints> crosshairPoints_;
  vtkSmartPointer<vtkPolyData> crosshair_;
  vtkSmartPointer<vtkActor> crosshairActor_;
  ViewAnnotations annotations_;

  SliceTool* tool_ = nullptr;
  BrushOutline outline_;
  bool toolDrag_ = false;
  bool followedEditPending_ = false;
  QTimer* followTimer_;
  int overlayUpdates_ = 0;
  Qt::MouseButton dragButton_ = Qt::NoButton;
  QPointF dragStart_;
  WindowLevel dragStartWindowLevel_;
};

}  // namespace heaorta
