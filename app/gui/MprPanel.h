#pragma once

#include "viewers/model/ViewerState.h"
#include "viewers/mpr/SliceView.h"

#include <QWidget>
#include <array>

class QGridLayout;

namespace heaorta {

// The three linked MPR views and the 3D view in a 2 x 2 grid (or one view maximised).
class MprPanel : public QWidget {
  Q_OBJECT

 public:
  explicit MprPanel(ViewerState* state, QWidget* parent = nullptr);

  SliceView* view(Plane plane) const { return views_[static_cast<int>(plane)]; }
  void setThirdDimensionView(QWidget* view);
  void setImage(std::shared_ptr<const Volume> volume);
  void setLabels(std::shared_ptr<const LabelMap> labels);
  void refreshLabels();
  void labelsEdited(const VoxelBox& box);
  void setTool(SliceTool* tool);
  // -1 shows all four; 0..3 maximises one (axial, coronal, sagittal, 3D).
  void setLayoutMode(int mode);
  int layoutMode() const { return mode_; }

 Q_SIGNALS:
  void hovered(const heaorta::Index3& voxel);

 private:
  std::array<SliceView*, 3> views_{};
  QWidget* threeD_ = nullptr;
  QGridLayout* grid_;
  int mode_ = -1;
};

}  // namespace heaorta
