#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <string>

namespace heaorta {

// Where a coronary calcium score lies among people of the same age and sex without known
// cardiovascular disease: MESA, Chinese-American participants (the reference group for Taiwanese
// patients). Table 2 of McClelland RL et al., "Distribution of coronary artery calcium by race,
// gender, and age: results from the Multi-Ethnic Study of Atherosclerosis (MESA)", Circulation
// 2006;113:30-37, gives the CAC at the 25th/50th/75th/90th percentiles at the age bands' midpoints
// (50, 60, 70, 80). Between midpoints the thresholds are interpolated linearly by age; ages 45-49 and
// 81-84 take the nearest midpoint. The result is a percentile band, approximate by construction.
class MesaPercentile {
  Q_DECLARE_TR_FUNCTIONS(heaorta::MesaPercentile)

 public:
  enum class Sex { Female, Male };
  enum class Status { Applicable, NoScore, AgeUnknown, SexUnknown, AgeOutOfRange };
  static constexpr std::array<int, 4> kPercentiles{25, 50, 75, 90};

  // `sex` is DICOM's PatientSex ("F", "M"; anything else is unknown).
  static MesaPercentile place(std::optional<double> agatston, std::optional<int> ageYears, const std::string& sex);
  // The published CAC thresholds at the 25th..90th percentile at this age (interpolated).
  static std::array<double, 4> thresholds(Sex sex, double ageYears);

  Status status() const { return status_; }
  bool applicable() const { return status_ == Status::Applicable; }
  // The score lies above the lower and at or below the upper percentile (0 and 100 at the ends).
  int lowerPercentile() const { return lower_; }
  int upperPercentile() const { return upper_; }
  // "Between the 50th and 75th percentile of Chinese-American men aged 60 (MESA; approximate)",
  // or why it does not apply.
  QString describe() const;
  QString source() const;  // the citation

 private:
  Status status_ = Status::NoScore;
  Sex sex_ = Sex::Female;
  int age_ = 0;
  double agatston_ = 0;
  int lower_ = 0;
  int upper_ = 100;
};

}  // namespace heaorta
