#include "core/quant/MesaPercentile.h"

#include <algorithm>

namespace heaorta {
namespace {

// McClelland et al. 2006, Table 2, Chinese-American participants: CAC at p25, p50, p75, p90 for the
// age-band midpoints 50, 60, 70, 80 (as transcribed in ../shared/CLINICAL.md).
constexpr std::array<int, 4> kMidpoints{50, 60, 70, 80};
constexpr std::array<std::array<int, 4>, 4> kFemale{{{0, 0, 0, 12}, {0, 0, 18, 105}, {0, 5, 70, 246}, {0, 32, 146, 398}}};
constexpr std::array<std::array<int, 4>, 4> kMale{{{0, 0, 14, 89}, {0, 5, 67, 242}, {0, 34, 174, 487}, {11, 81, 305, 769}}};
constexpr int kMinAge = 45;
constexpr int kMaxAge = 84;

}  // namespace

std::array<double, 4> MesaPercentile::thresholds(Sex sex, double ageYears) {
  const auto& table = sex == Sex::Female ? kFemale : kMale;
  const double age = std::clamp(ageYears, double(kMidpoints.front()), double(kMidpoints.back()));
  std::size_t band = 0;
  while (band + 2 < kMidpoints.size() && age > kMidpoints[band + 1]) ++band;
  const double t = (age - kMidpoints[band]) / double(kMidpoints[band + 1] - kMidpoints[band]);
  std::array<double, 4> out{};
  for (std::size_t p = 0; p < out.size(); ++p) out[p] = (1 - t) * table[band][p] + t * table[band + 1][p];
  return out;
}

MesaPercentile MesaPercentile::place(std::optional<double> agatston, std::optional<int> ageYears, const std::string& sex) {
  MesaPercentile m;
  if (!agatston) return m;
  m.agatston_ = *agatston;
  if (!ageYears) {
    m.status_ = Status::AgeUnknown;
    return m;
  }
  m.age_ = *ageYears;
  if (sex == "F") {
    m.sex_ = Sex::Female;
  } else if (sex == "M") {
    m.sex_ = Sex::Male;
  } else {
    m.status_ = Status::SexUnknown;
    return m;
  }
  if (m.age_ < kMinAge || m.age_ > kMaxAge) {
    m.status_ = Status::AgeOutOfRange;
    return m;
  }
  m.status_ = Status::Applicable;
  const std::array<double, 4> at = thresholds(m.sex_, m.age_);
  if (m.agatston_ <= 0) {
    // Ties at zero: no calcium is at or below the highest percentile whose threshold is still 0.
    m.lower_ = 0;
    m.upper_ = kPercentiles.front();
    for (std::size_t p = 0; p < at.size(); ++p)
      if (at[p] <= 0) m.upper_ = kPercentiles[p];
    return m;
  }
  m.lower_ = 0;
  m.upper_ = 100;
  for (std::size_t p = 0; p < at.size(); ++p) {
    if (at[p] < m.agatston_) m.lower_ = kPercentiles[p];
  }
  for (std::size_t p = at.size(); p-- > 0;) {
    if (at[p] >= m.agatston_) m.upper_ = kPercentiles[p];
  }
  return m;
}

QString MesaPercentile::describe() const {
  switch (status_) {
    case Status::NoScore:
      return tr("not applicable (no valid score)");
    case Status::AgeUnknown:
      return tr("not applicable (age not recorded)");
    case Status::SexUnknown:
      return tr("not applicable (sex not recorded)");
    case Status::AgeOutOfRange:
      return tr("not applicable (age %1; MESA covers 45-84 years)").arg(age_);
    case Status::Applicable:
      break;
  }
  const QString group = sex_ == Sex::Female ? tr("Chinese-American women aged %1").arg(age_) : tr("Chinese-American men aged %1").arg(age_);
  QString band;
  if (lower_ == 0 && agatston_ <= 0)
    band = tr("at or below the %1th percentile (no calcium)").arg(upper_);
  else if (lower_ == 0)
    band = tr("below the %1th percentile").arg(upper_);
  else if (upper_ == 100)
    band = tr("above the %1th percentile").arg(lower_);
  else
    band = tr("between the %1th and %2th percentile").arg(lower_).arg(upper_);
  return tr("%1 of %2 (MESA; approximate, interpolated by age)").arg(band, group);
}

QString MesaPercentile::source() const {
  return tr(
      "McClelland RL et al. Distribution of coronary artery calcium by race, gender, and age: results from the "
      "Multi-Ethnic Study of Atherosclerosis (MESA). Circulation 2006;113:30-37, Table 2 (Chinese-American participants).");
}

}  // namespace heaorta
