#include "core/quant/RiskAssessment.h"

namespace heaorta {

RiskAssessment RiskAssessment::assess(double agatston, int vesselsWithCalcium) {
  RiskAssessment r;
  if (agatston <= 0)
    r.tier = RiskTier::Low;
  else if (agatston < 100)
    r.tier = RiskTier::Borderline;
  else if (agatston < 400)
    r.tier = RiskTier::Intermediate;
  else if (agatston < 1000)
    r.tier = RiskTier::High;
  else
    r.tier = RiskTier::VeryHigh;
  // CAC-DRS: A0 = 0, A1 = 1-99, A2 = 100-299, A3 >= 300; N = vessels with calcium.
  const int a = agatston <= 0 ? 0 : agatston < 100 ? 1 : agatston < 300 ? 2 : 3;
  r.cacDrs = QStringLiteral("A%1").arg(a);
  if (a > 0 && vesselsWithCalcium > 0) r.cacDrs += QStringLiteral("/N%1").arg(vesselsWithCalcium);
  return r;
}

const char* RiskAssessment::key(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low:
      return "low";
    case RiskTier::Borderline:
      return "borderline";
    case RiskTier::Intermediate:
      return "intermediate";
    case RiskTier::High:
      return "high";
    case RiskTier::VeryHigh:
      return "very_high";
  }
  return "low";
}

QString RiskAssessment::name(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low:
      return tr("Low");
    case RiskTier::Borderline:
      return tr("Borderline");
    case RiskTier::Intermediate:
      return tr("Intermediate");
    case RiskTier::High:
      return tr("High");
    case RiskTier::VeryHigh:
      return tr("Very high");
  }
  return {};
}

QString RiskAssessment::scoreRange(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low:
      return QStringLiteral("0");
    case RiskTier::Borderline:
      return QStringLiteral("1-99");
    case RiskTier::Intermediate:
      return QStringLiteral("100-399");
    case RiskTier::High:
      return QStringLiteral("400-999");
    case RiskTier::VeryHigh:
      return QStringLiteral("\u2265 1000");
  }
  return {};
}

QString RiskAssessment::yearlyEventRate(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low:
      return tr("< 0.5 % per year");
    case RiskTier::Borderline:
      return tr("0.5 to < 0.75 % per year");
    case RiskTier::Intermediate:
      return tr("0.75 to < 2 % per year");
    case RiskTier::High:
      return tr("\u2265 2 % per year");
    case RiskTier::VeryHigh:
      return tr("\u2265 3 % per year");
  }
  return {};
}

QString RiskAssessment::advice(RiskTier tier) {
  switch (tier) {
    case RiskTier::Low:
      return tr("Keep a healthy lifestyle.");
    case RiskTier::Borderline:
      return tr("Monitor blood pressure, lipids and glucose regularly.");
    case RiskTier::Intermediate:
      return tr("Control blood pressure, lipids and glucose.");
    case RiskTier::High:
      return tr("Intensify risk-factor control.");
    case RiskTier::VeryHigh:
      return tr("Intensify risk-factor control and screen for cardiovascular disease.");
  }
  return {};
}

}  // namespace heaorta
