#include "app/gui/ResultsPanel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace heaorta {
namespace {

QString number(double v, int decimals = 1) { return QLocale().toString(v, 'f', decimals); }

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

QString arteryName(Artery a) {
  switch (a) {
    case Artery::LM: return QStringLiteral("LM");
    case Artery::LAD: return QStringLiteral("LAD");
    case Artery::LCX: return QStringLiteral("LCX");
    case Artery::RCA: return QStringLiteral("RCA");
    case Artery::Other: return ResultsPanel::tr("Other");
    case Artery::Excluded: return ResultsPanel::tr("Excluded");
    case Artery::Unassigned: break;
  }
  return ResultsPanel::tr("Unassigned");
}

QString regionName(CalciumRegion r) {
  switch (r) {
    case CalciumRegion::AscendingAorta: return ResultsPanel::tr("Ascending aorta");
    case CalciumRegion::DescendingAorta: return ResultsPanel::tr("Descending aorta");
    case CalciumRegion::Coronary: break;
  }
  return ResultsPanel::tr("Coronary");
}

}  // namespace

QColor ResultsPanel::tierColour(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low: return QColor(46, 125, 50);
    case RiskTier::Borderline: return QColor(158, 157, 36);
    case RiskTier::Intermediate: return QColor(249, 168, 37);
    case RiskTier::High: return QColor(239, 108, 0);
    case RiskTier::VeryHigh: return QColor(198, 40, 40);
  }
  return Qt::gray;
}

ResultsPanel::ResultsPanel(QuantificationModel* model, QWidget* parent)
    : QWidget(parent),
      model_(model),
      empty_(new QLabel(tr("No masks yet: press Segment, or open a label map, to see the scores."), this)),
      content_(new QWidget(this)),
      cac_(new QLabel(content_)),
      tier_(new QLabel(content_)),
      cacDetails_(new QLabel(content_)),
      arteries_(new QTableWidget(0, 2, content_)),
      aorta_(new QLabel(content_)),
      fat_(new QLabel(content_)),
      cautions_(new QListWidget(content_)),
      lesions_(new QTableWidget(0, 7, content_)),
      settings_(new QLabel(content_)) {
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
  const CalciumTotals& c = r->coronary();
  const Notices withheld = r->verdictWithheldBecause();
  if (c.computed && !withheld.empty()) {
    // The number may be shown, marked; never a tier, an event rate or advice.
    cac_->setText(tr("%1 (not valid)").arg(number(c.agatston)));
    tier_->setStyleSheet(QStringLiteral("background: #842029; color: white; font-weight: bold; border-radius: 4px;"));
    tier_->setText(r->segmentationValid() ? tr("No risk verdict: this score is not valid (see the cautions).")
                                          : tr("No risk verdict: the segmentation failed (see the cautions)."));
    cacDetails_->setText(tr("Volume %1 mm³ · mass %2 mg · %3 calcified lesion(s) (%4 in-slice) · %5 vessel(s)")
                             .arg(number(c.volumeMm3), number(c.massMg, 2))
                             .arg(c.lesions)
                             .arg(c.sliceLesions)
                             .arg(r->vesselsWithCalcium));
  } else if (c.computed) {
    cac_->setText(number(c.agatston));
    const QColor colour = tierColour(r->risk.tier);
    tier_->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; border-radius: 4px;").arg(colour.name()));
    tier_->setText(tr("%1 risk (CAC %2): %3").arg(RiskAssessment::name(r->risk.tier), RiskAssessment::scoreRange(r->risk.tier),
                                                 RiskAssessment::yearlyEventRate(r->risk.tier)));
    cacDetails_->setText(tr("Volume %1 mm³ · mass %2 mg · %3 calcified lesion(s) (%4 in-slice) · %5 vessel(s) · CAC-DRS %6\n%7")
                             .arg(number(c.volumeMm3), number(c.massMg, 2))
                             .arg(c.lesions)
                             .arg(c.sliceLesions)
                             .arg(r->vesselsWithCalcium)
                             .arg(r->risk.cacDrs, RiskAssessment::advice(r->risk.tier)));
  } else {
    cac_->setText(tr("not computed"));
    tier_->setStyleSheet(QStringLiteral("background: gray; color: white;"));
    tier_->setText(tr("No heart label: no score, no risk tier."));
    cacDetails_->clear();
  }
  arteries_->setRowCount(kArteryCount);
  const Artery order[kArteryCount] = {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA, Artery::Other, Artery::Unassigned};
  for (int row = 0; row < kArteryCount; ++row) {
    setCell(arteries_, row, 0, arteryName(order[row]));
    setCell(arteries_, row, 1, c.computed ? number(r->arteries[static_cast<int>(order[row])].agatston) : QStringLiteral("-"));
  }
  const auto aortic = [](const CalciumTotals& t) { return t.computed ? number(t.agatston) : tr("not computed"); };
  aorta_->setText(tr("Ascending %1 · descending %2 · total %3").arg(aortic(r->regions[1]), aortic(r->regions[2]), aortic(r->aortaTotal)));
  fat_->setText(r->fat.computed ? tr("%1 mL (mean %2 HU) · heart %3 mL").arg(number(r->fat.volumeMl), number(r->fat.meanHu, 0), number(r->heartVolumeMl, 0))
                                : tr("not computed"));
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
    setCell(lesions_, row, 1, regionName(l.region));
    setCell(lesions_, row, 2, l.region == CalciumRegion::Coronary ? arteryName(l.artery) : QStringLiteral("-"));
    setCell(lesions_, row, 3, QStringLiteral("%1-%2").arg(l.firstSlice + 1).arg(l.lastSlice + 1));
    setCell(lesions_, row, 4, number(l.areaMm2));
    setCell(lesions_, row, 5, QString::number(l.peakHu));
    setCell(lesions_, row, 6, number(l.agatston));
    lesionCentroids_.push_back(l.centroidIndex);
    lesionAnchors_.push_back(l.peakVoxel);
    lesionDescriptions_.push_back(tr("Lesion %1: %2 %3, slices %4-%5, Agatston %6")
                                      .arg(l.id)
                                      .arg(regionName(l.region), l.region == CalciumRegion::Coronary ? arteryName(l.artery) : QString())
                                      .arg(l.firstSlice + 1)
                                      .arg(l.lastSlice + 1)
                                      .arg(number(l.agatston)));
  }
  if (firstFill && !r->lesions.empty()) lesions_->resizeColumnsToContents();
  showSelection();
  const QuantSettings& s = r->settings;
  settings_->setText(tr("Threshold %1 HU, minimum area %2 mm², %3-connected, x increment %4 mm / 3 mm, fat %5..%6 HU")
                         .arg(r->thresholdHu)
                         .arg(s.minLesionAreaMm2)
                         .arg(s.connectivity)
                         .arg(number(r->sliceIncrementMm, 2))
                         .arg(s.fatLowHu)
                         .arg(s.fatHighHu));
}

}  // namespace heaorta
