#pragma once

#include "core/quant/QuantResult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace heaorta {

// The wording, units and rounding of a result, the same in the results panel, the CLI's text, the
// report and the structured report. Slices are numbered from 1, as the views number them. When no
// verdict may be given (verdictGiven() false) no tier, event rate or advice comes out of it: the
// score is marked not valid and the reason is said instead.
class ResultPresenter {
  Q_DECLARE_TR_FUNCTIONS(heaorta::ResultPresenter)

 public:
  explicit ResultPresenter(const QuantResult& result);

  // In the current locale (the workstation sets it with its language; the CLI runs in C).
  static QString number(double value, int decimals = 1);
  static QString arteryName(Artery artery);  // "LM" ... "Other", "Excluded", "Unassigned"
  static QString regionName(CalciumRegion region);

  const QuantResult& result() const { return result_; }
  bool scoreComputed() const { return result_.coronary().computed; }
  bool verdictGiven() const;

  QString cacValue() const;                  // "12.3"; "849,848.6 (not valid)"; "not computed"
  QString verdict() const;                   // "Borderline risk (CAC 1-99): 0.5 - < 0.75 % per year", or why none
  QString eventRate() const;                 // empty without a verdict
  QString advice() const;                    // empty without a verdict
  QString cacDetails() const;                // volume, mass, lesion counts, vessels (and CAC-DRS with a verdict)
  QString cacDrs() const;                    // empty without a verdict
  QString arteryValue(Artery artery) const;  // its Agatston score, "-" when not computed
  QString aorticValue(CalciumRegion region) const;
  QString aorticTotal() const;
  QString aorticCalcium() const;  // "Ascending 1.0 · descending 2.0 · total 3.0"
  QString pericardialFat() const;
  QString settings() const;  // every choice that changes a number
  QStringList cautions() const;
  QString slices(const CalcifiedLesion& lesion) const;  // "12-14"
  QString lesionDescription(const CalcifiedLesion& lesion) const;

 private:
  const QuantResult& result_;
  Notices withheld_;
};

}  // namespace heaorta
