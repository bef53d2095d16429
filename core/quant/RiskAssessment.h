#pragma once

#include <QCoreApplication>
#include <QString>

namespace heaorta {

enum class RiskTier { Low, Borderline, Intermediate, High, VeryHigh };

// The patient-facing interpretation of a coronary calcium score (table in CLINICAL.md) and its
// CAC-DRS category. Tiers use the unrounded Agatston score: 0 only when no lesion was found.
struct RiskAssessment {
  Q_DECLARE_TR_FUNCTIONS(heaorta::RiskAssessment)

 public:
  RiskTier tier = RiskTier::Low;
  QString cacDrs;  // e.g. "A2/N3" ("A0" without vessels)

  static RiskAssessment assess(double agatston, int vesselsWithCalcium);
  static const char* key(RiskTier tier);  // "low", "borderline", ...
  static QString name(RiskTier tier);     // translated
  static QString yearlyEventRate(RiskTier tier);
  static QString advice(RiskTier tier);
  static QString scoreRange(RiskTier tier);  // "1-99"
};

}  // namespace heaorta
