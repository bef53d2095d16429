#include "core/model/ScanMetadata.h"

#include <algorithm>
#include <cctype>

namespace heaorta {

bool ScanMetadata::contrastAgentRecorded() const {
  std::string value = contrastAgent;
  value.erase(std::remove_if(value.begin(), value.end(), [](unsigned char c) { return std::isspace(c); }), value.end());
  std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::toupper(c); });
  // Some scanners write an explicit "none" instead of leaving the tag empty.
  return !value.empty() && value != "NONE" && value != "NO" && value != "N/A";
}

std::optional<int> ScanMetadata::patientAgeYears() const {
  if (patientAge.size() >= 2) {
    int value = 0;
    std::size_t pos = 0;
    while (pos < patientAge.size() && std::isdigit(static_cast<unsigned char>(patientAge[pos]))) {
      value = value * 10 + (patientAge[pos] - '0');
      ++pos;
    }
    if (pos > 0 && pos < patientAge.size()) {
      switch (patientAge[pos]) {
        case 'Y':
          return value;
        case 'M':
          return value / 12;
        case 'W':
          return value / 52;
        case 'D':
          return value / 365;
        default:
          break;
      }
    }
  }
  const auto isDate = [](const std::string& s) {
    return s.size() == 8 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
  };
  if (isDate(patientBirthDate) && isDate(studyDate)) {
    const int birthYear = std::stoi(patientBirthDate.substr(0, 4));
    const int studyYear = std::stoi(studyDate.substr(0, 4));
    const int birthMonthDay = std::stoi(patientBirthDate.substr(4, 4));
    const int studyMonthDay = std::stoi(studyDate.substr(4, 4));
    return studyYear - birthYear - (studyMonthDay < birthMonthDay ? 1 : 0);
  }
  return std::nullopt;
}

}  // namespace heaorta
