#include "core/quant/ResultPresenter.h"

#include <QLocale>

namespace heaorta {

ResultPresenter::ResultPresenter(const QuantResult& result) : result_(result), withheld_(result.verdictWithheldBecause()) {}

QString ResultPresenter::number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString ResultPresenter::arteryName(Artery artery) {
  switch (artery) {
    case Artery::LM:
      return QStringLiteral("LM");
    case Artery::LAD:
      return QStringLiteral("LAD");
    case Artery::LCX:
      return QStringLiteral("LCX");
    case Artery::RCA:
      return QStringLiteral("RCA");
    case Artery::Other:
      return tr("Other");
    case Artery::Excluded:
      return tr("Excluded");
    case Artery::Unassigned:
      break;
  }
  return tr("Unassigned");
}

QString ResultPresenter::regionName(CalciumRegion region) {
  switch (region) {
    case CalciumRegion::AscendingAorta:
      return tr("Ascending aorta");
    case CalciumRegion::DescendingAorta:
      return tr("Descending aorta");
    case CalciumRegion::Coronary:
      break;
  }
  return tr("Coronary");
}

bool ResultPresenter::verdictGiven() const { return scoreComputed() && withheld_.empty(); }

QString ResultPresenter::cacValue() const {
  if (!scoreComputed()) return tr("not computed");
  const QString value = number(result_.coronary().agatston);
  return verdictGiven() ? value : tr("%1 (not valid)").arg(value);
}

QString ResultPresenter::verdict() const {
  if (!scoreComputed()) return tr("No heart label: no score, no risk tier.");
  if (!result_.segmentationValid()) return tr("No risk verdict: the segmentation failed (see the cautions).");
  if (!verdictGiven()) return tr("No risk verdict: this score is not valid (see the cautions).");
  const RiskTier tier = result_.risk.tier;
  return tr("%1 risk (CAC %2): %3").arg(RiskAssessment::name(tier), RiskAssessment::scoreRange(tier), eventRate());
}

QString ResultPresenter::eventRate() const {
  return verdictGiven() ? tr("cardiovascular events %1").arg(RiskAssessment::yearlyEventRate(result_.risk.tier)) : QString();
}

QString ResultPresenter::advice() const { return verdictGiven() ? RiskAssessment::advice(result_.risk.tier) : QString(); }

QString ResultPresenter::cacDrs() const { return verdictGiven() ? result_.risk.cacDrs : QString(); }

QString ResultPresenter::cacDetails() const {
  if (!scoreComputed()) return {};
  const CalciumTotals& c = result_.coronary();
  // Both counts, named: Agatston counts in-slice lesions; a reader counts calcified lesions.
  QString text = tr("Volume %1 mm³ · mass %2 mg · %n calcified lesion(s) (%3 in-slice) · vessels with calcium: %4", nullptr, c.lesions)
                     .arg(number(c.volumeMm3), number(c.massMg, 2))
                     .arg(c.sliceLesions)
                     .arg(result_.vesselsWithCalcium);
  if (verdictGiven()) text += tr(" · CAC-DRS %1").arg(result_.risk.cacDrs);
  return text;
}

QString ResultPresenter::arteryValue(Artery artery) const {
  return scoreComputed() ? number(result_.arteries[static_cast<int>(artery)].agatston) : QStringLiteral("-");
}

QString ResultPresenter::aorticValue(CalciumRegion region) const {
  const CalciumTotals& t = result_.regions[static_cast<int>(region)];
  return t.computed ? number(t.agatston) : tr("not computed");
}

QString ResultPresenter::aorticTotal() const { return result_.aortaTotal.computed ? number(result_.aortaTotal.agatston) : tr("not computed"); }

QString ResultPresenter::aorticCalcium() const {
  return tr("Ascending %1 · descending %2 · total %3")
      .arg(aorticValue(CalciumRegion::AscendingAorta), aorticValue(CalciumRegion::DescendingAorta), aorticTotal());
}

QString ResultPresenter::pericardialFat() const {
  const FatResult& fat = result_.fat;
  if (!fat.computed) return tr("not computed");
  return tr("%1 mL (mean %2 HU) · heart %3 mL").arg(number(fat.volumeMl), number(fat.meanHu, 0), number(result_.heartVolumeMl, 0));
}

QString ResultPresenter::settings() const {
  const QuantSettings& s = result_.settings;
  return tr("Threshold %1 HU (applied %2 HU), minimum area %3 mm² (inclusive), %4-connected in-slice, "
            "x slice increment %5 mm / %6 mm = %7, fat %8..%9 HU, mass factor %10 mg/(HU·mm³)")
      .arg(s.calciumThresholdHu)
      .arg(result_.thresholdHu)
      .arg(s.minLesionAreaMm2)
      .arg(s.connectivity)
      .arg(number(result_.sliceIncrementMm, 2), number(s.referenceSliceMm, 1), number(result_.agatstonFactor, 3))
      .arg(s.fatLowHu)
      .arg(s.fatHighHu)
      .arg(s.massCalibrationMgPerHuMm3);
}

QStringList ResultPresenter::cautions() const {
  QStringList lines;
  for (const Notice& n : result_.notices) lines << n.text();
  return lines;
}

QString ResultPresenter::slices(const CalcifiedLesion& lesion) const {
  return QStringLiteral("%1-%2").arg(lesion.firstSlice + 1).arg(lesion.lastSlice + 1);
}

QString ResultPresenter::lesionDescription(const CalcifiedLesion& l) const {
  const QString where =
      l.region == CalciumRegion::Coronary ? QStringLiteral("%1 %2").arg(regionName(l.region), arteryName(l.artery)) : regionName(l.region);
  return tr("Lesion %1: %2, slices %3, Agatston %4").arg(l.id).arg(where, slices(l), number(l.agatston));
}

}  // namespace heaorta
