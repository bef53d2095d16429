#include "app/gui/ResultsPanel.h"

#include "app/gui/WrappingLabel.h"
#include "core/quant/ResultPresenter.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace heaorta {
namespace {

// Changes a cell only when its text changes: the panel refreshes on every brush dab, and new
// items (or size-to-contents columns) would re-lay out the whole table each time.
void setCell(QTableWidget* table, int row, int column, const QString& text) {
  QTableWidgetItem* item = table->item(row, column);
  if (!item)
    table->setItem(row, column, new QTableWidgetItem(text));
  else if (item->text() != text)
    item->setText(text);
}

QLabel* heading(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  QFont f = label->font();
  f.setBold(true);
  label->setFont(f);
  return label;
}

}  // namespace

QColor ResultsPanel::tierColour(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low:
      return QColor(46, 125, 50);
    case RiskTier::Borderline:
      return QColor(158, 157, 36);
    case RiskTier::Intermediate:
      return QColor(249, 168, 37);
    case RiskTier::High:
      return QColor(239, 108, 0);
    case RiskTier::VeryHigh:
      return QColor(198, 40, 40);
  }
  return Qt::gray;
}

ResultsPanel::ResultsPanel(QuantificationModel* model, QWidget* parent)
    : QWidget(parent),
      model_(model),
      empty_(new QLabel(tr("No masks yet: press Segment, or open a label map, to see the scores."), this)),
      content_(new QWidget(this)),
      cac_(new QLabel(content_)),
      tier_(new WrappingLabel(content_)),
      cacDetails_(new WrappingLabel(content_)),
      arteries_(new QTableWidget(0, 2, content_)),
      aorta_(new WrappingLabel(content_)),
      fat_(new WrappingLabel(content_)),
      cautions_(new QListWidget(content_)),
      lesions_(new QTableWidget(0, 7, content_)),
      settings_(new WrappingLabel(content_)) {
  setObjectName(QStringLiteral("resultsPanel"));
  cac_->setObjectName(QStringLiteral("cacValue"));
  tier_->setObjectName(QStringLiteral("riskTier"));
  aorta_->setObjectName(QStringLiteral("aortaValue"));
  fat_->setObjectName(QStringLiteral("fatValue"));
  cautions_->setObjectName(QStringLiteral("cautionList"));
  lesions_->setObjectName(QStringLiteral("lesionTable"));
  arteries_->setObjectName(QStringLiteral("arteryTable"));
  empty_->setWordWrap(true);
  QFont big = cac_->font();
  big.setPointSizeF(big.pointSizeF() * 2.2);
  big.setBold(true);
  cac_->setFont(big);
  tier_->setAlignment(Qt::AlignCenter);
  tier_->setMargin(6);
  tier_->setWordWrap(true);
  cacDetails_->setWordWrap(true);
  fat_->setWordWrap(true);
  aorta_->setWordWrap(true);
  settings_->setWordWrap(true);
  settings_->setStyleSheet(QStringLiteral("color: gray;"));
  arteries_->setHorizontalHeaderLabels({tr("Artery"), tr("Agatston")});
  arteries_->verticalHeader()->hide();
  arteries_->horizontalHeader()->setStretchLastSection(true);
  arteries_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  arteries_->setMinimumHeight(200);
  arteries_->setMaximumHeight(220);
  lesions_->setHorizontalHeaderLabels({tr("#"), tr("Region"), tr("Artery"), tr("Slices"), tr("Area mm²"), tr("Peak HU"), tr("Agatston")});
  lesions_->verticalHeader()->hide();
  lesions_->setSelectionBehavior(QAbstractItemView::SelectRows);
  lesions_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  lesions_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  lesions_->horizontalHeader()->setStretchLastSection(true);
  cautions_->setWordWrap(true);
  cautions_->setMinimumHeight(100);
  cautions_->setMaximumHeight(180);
  lesions_->setMinimumHeight(180);

  auto* layout = new QVBoxLayout(content_);
  layout->addWidget(heading(tr("Coronary artery calcium (Agatston)"), content_));
  layout->addWidget(cac_);
  layout->addWidget(tier_);
  layout->addWidget(cacDetails_);
  layout->addWidget(arteries_);
  layout->addWidget(heading(tr("Aortic calcium (Agatston)"), content_));
  layout->addWidget(aorta_);
  layout->addWidget(heading(tr("Pericardial fat"), content_));
  layout->addWidget(fat_);
  layout->addWidget(heading(tr("Cautions"), content_));
  layout->addWidget(cautions_);
  layout->addWidget(heading(tr("Lesions"), content_));
  layout->addWidget(lesions_, 1);
  layout->addWidget(settings_);
  auto* outer = new QVBoxLayout(this);
  outer->addWidget(empty_);
  outer->addWidget(content_, 1);

  connect(model_, &QuantificationModel::resultChanged, this, &ResultsPanel::refresh);
  connect(lesions_, &QTableWidget::cellClicked, this, [this](int row, int) {
    if (row < 0 || row >= static_cast<int>(lesionCentroids_.size())) return;
    selected_ = lesionAnchors_[row];
    Q_EMIT lesionSelected(lesionDescriptions_[row]);
    Q_EMIT lesionActivated(lesionCentroids_[row]);
  });
  refresh();
}

void ResultsPanel::selectLesion(const Index3& anchor) {
  selected_ = anchor;
  showSelection();
}

void ResultsPanel::showSelection() {
  const auto it = selected_ ? std::find(lesionAnchors_.begin(), lesionAnchors_.end(), *selected_) : lesionAnchors_.end();
  if (it == lesionAnchors_.end()) {
    selected_.reset();
    lesions_->clearSelection();
    lesions_->setCurrentCell(-1, -1);
    Q_EMIT lesionSelected({});
    return;
  }
  const int row = static_cast<int>(it - lesionAnchors_.begin());
  lesions_->setCurrentCell(row, 0);
  lesions_->selectRow(row);
  Q_EMIT lesionSelected(lesionDescriptions_[row]);
}

void ResultsPanel::refresh() {
  const std::optional<QuantResult>& r = model_->result();
  empty_->setVisible(!r);
  content_->setVisible(r.has_value());
  if (!r) return;
  const ResultPresenter present(*r);
  cac_->setText(present.cacValue());
  tier_->setText(present.verdict());
  if (present.verdictGiven())
    tier_->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; border-radius: 4px;").arg(tierColour(r->risk.tier).name()));
  else if (present.scoreComputed())  // the number may be shown, marked; never a tier, an event rate or advice
    tier_->setStyleSheet(QStringLiteral("background: #842029; color: white; font-weight: bold; border-radius: 4px;"));
  else
    tier_->setStyleSheet(QStringLiteral("background: gray; color: white;"));
  cacDetails_->setText(present.verdictGiven() ? present.cacDetails() + QLatin1Char('\n') + present.advice() : present.cacDetails());
  arteries_->setRowCount(kArteryCount);
  const Artery order[kArteryCount] = {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA, Artery::Other, Artery::Unassigned};
  for (int row = 0; row < kArteryCount; ++row) {
    setCell(arteries_, row, 0, ResultPresenter::arteryName(order[row]));
    setCell(arteries_, row, 1, present.arteryValue(order[row]));
  }
  aorta_->setText(present.aorticCalcium());
  fat_->setText(present.pericardialFat());
  QStringList cautions;
  for (const Notice& n : r->notices) cautions << (n.failure() ? QStringLiteral("\u2716 ") : QStringLiteral("\u26a0 ")) + n.text();
  if (cautions != shownCautions_) {
    cautions_->clear();
    for (std::size_t i = 0; i < r->notices.size(); ++i) {
      auto* item = new QListWidgetItem(cautions[static_cast<int>(i)], cautions_);
      item->setData(Qt::UserRole, r->notices[i].code);
    }
    shownCautions_ = cautions;
  }
  const bool firstFill = lesions_->rowCount() == 0;
  if (lesions_->rowCount() != static_cast<int>(r->lesions.size())) lesions_->setRowCount(static_cast<int>(r->lesions.size()));
  lesionCentroids_.clear();
  lesionAnchors_.clear();
  lesionDescriptions_.clear();
  for (std::size_t i = 0; i < r->lesions.size(); ++i) {
    const CalcifiedLesion& l = r->lesions[i];
    const int row = static_cast<int>(i);
    setCell(lesions_, row, 0, QString::number(l.id));
    setCell(lesions_, row, 1, ResultPresenter::regionName(l.region));
    setCell(lesions_, row, 2, l.region == CalciumRegion::Coronary ? ResultPresenter::arteryName(l.artery) : QStringLiteral("-"));
    setCell(lesions_, row, 3, present.slices(l));
    setCell(lesions_, row, 4, ResultPresenter::number(l.areaMm2));
    setCell(lesions_, row, 5, QString::number(l.peakHu));
    setCell(lesions_, row, 6, ResultPresenter::number(l.agatston));
    lesionCentroids_.push_back(l.centroidIndex);
    lesionAnchors_.push_back(l.peakVoxel);
    lesionDescriptions_.push_back(present.lesionDescription(l));
  }
  if (firstFill && !r->lesions.empty()) lesions_->resizeColumnsToContents();
  showSelection();
  settings_->setText(present.settings());
}

}  // namespace heaorta
