#pragma once

#include "app/gui/models/QuantificationModel.h"

#include <Eigen/Core>
#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QTableWidget;

namespace heaorta {

class WrappingLabel;

// The numbers of the open study, as a cardiologist reads them: CAC and its risk tier first, then
// per artery, aorta, fat, the cautions, and the lesions (a click shows the lesion in every view).
class ResultsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ResultsPanel(QuantificationModel* model, QWidget* parent = nullptr);

  static QColor tierColour(RiskTier tier);
  // Selects the lesion whose brightest voxel is `anchor` (the lesion keeps its selection while the
  // reader edits around it, whatever its row); clears the selection when no lesion has it.
  void selectLesion(const Index3& anchor);
  const std::optional<Index3>& selectedLesion() const { return selected_; }

 Q_SIGNALS:
  void lesionActivated(const Eigen::Vector3d& centroidIndex);
  void lesionSelected(const QString& description);  // empty when the selection went

 private:
  void refresh();
  void showSelection();

  QuantificationModel* model_;
  QLabel* empty_;
  QWidget* content_;
  QLabel* cac_;
  WrappingLabel* tier_;
  WrappingLabel* cacDetails_;
  QTableWidget* arteries_;
  WrappingLabel* aorta_;
  WrappingLabel* fat_;
  QListWidget* cautions_;
  QTableWidget* lesions_;
  WrappingLabel* settings_;
  std::vector<Eigen::Vector3d> lesionCentroids_;
  std::vector<Index3> lesionAnchors_;
  std::vector<QString> lesionDescriptions_;
  std::optional<Index3> selected_;
  QStringList shownCautions_;
};

}  // namespace heaorta
