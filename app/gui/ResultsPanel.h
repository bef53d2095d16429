#pragma once

#include "app/gui/models/QuantificationModel.h"

#include <Eigen/Core>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace heaorta {

// The numbers of the open study, as a cardiologist reads them: CAC and its risk tier first, then
// per artery, aorta, fat, the cautions, and the lesions (a click shows the lesion in every view).
class ResultsPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ResultsPanel(QuantificationModel* model, QWidget* parent = nullptr);

  static QColor tierColour(RiskTier tier);

 Q_SIGNALS:
  void lesionActivated(const Eigen::Vector3d& centroidIndex);

 private:
  void refresh();

  QuantificationModel* model_;
  QLabel* empty_;
  QWidget* content_;
  QLabel* cac_;
  QLabel* tier_;
  QLabel* cacDetails_;
  QTableWidget* arteries_;
  QLabel* aorta_;
  QLabel* fat_;
  QListWidget* cautions_;
  QTableWidget* lesions_;
  QLabel* settings_;
  std::vector<Eigen::Vector3d> lesionCentroids_;
};

}  // namespace heaorta
