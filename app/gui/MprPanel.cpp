#include "app/gui/MprPanel.h"

#include <QGridLayout>
#include <algorithm>

namespace heaorta {

MprPanel::MprPanel(ViewerState* state, QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setSpacing(2);
  const Plane planes[3] = {Plane::Axial, Plane::Coronal, Plane::Sagittal};
  for (int i = 0; i < 3; ++i) {
    views_[i] = new SliceView(planes[i], state, this);
    views_[i]->setObjectName(QStringList{QStringLiteral("axialView"), QStringLiteral("coronalView"), QStringLiteral("sagittalView")}[i]);
    connect(views_[i], &SliceView::hovered, this, &MprPanel::hovered);
    connect(views_[i], &SliceView::strokeEnded, this, [this] {
      for (SliceView* v : views_) v->flushFollowedEdits();
    });
  }
  setLayoutMode(-1);
}

void MprPanel::setThirdDimensionView(QWidget* view) {
  threeD_ = view;
  threeD_->setParent(this);
  setLayoutMode(mode_);
}

void MprPanel::setImage(std::shared_ptr<const Volume> volume) {
  for (SliceView* v : views_) v->setImage(volume);
}

void MprPanel::setLabels(std::shared_ptr<const LabelMap> labels) {
  for (SliceView* v : views_) v->setLabels(labels);
}

void MprPanel::refreshLabels() {
  for (SliceView* v : views_) v->refreshLabels();
}

void MprPanel::labelsEdited(const VoxelBox& box) {
  // The view under the pen draws every dab; the others follow it (SliceView::kFollowIntervalMs).
  const auto pen = std::find_if(views_.begin(), views_.end(), [](SliceView* v) { return v->strokeInProgress(); });
  for (SliceView* v : views_) {
    if (pen == views_.end() || v == *pen)
      v->labelsEdited(box);
    else
      v->labelsEditedElsewhere(box);
  }
}

void MprPanel::setTool(SliceTool* tool) {
  for (SliceView* v : views_) v->setTool(tool);
}

void MprPanel::setLayoutMode(int mode) {
  mode_ = mode;
  QWidget* cells[4] = {views_[0], threeD_, views_[1], views_[2]};  // axial | 3D / coronal | sagittal
  const int order[4] = {0, 3, 1, 2};                               // cell index -> mode number
  for (int c = 0; c < 4; ++c) {
    if (!cells[c]) continue;
    grid_->removeWidget(cells[c]);
    const bool shown = mode < 0 || order[c] == mode;
    cells[c]->setVisible(shown);
    if (shown) grid_->addWidget(cells[c], mode < 0 ? c / 2 : 0, mode < 0 ? c % 2 : 0);
  }
}

}  // namespace heaorta
