#pragma once

#include <QString>
#include <QStringList>
#include <string>

namespace heaorta {

// Takes a patient's identifiers (name and its parts, ID, birth date) out of a text bound for a log
// or a results file: error messages quote file paths, and folders are often named after patients.
class IdentifierScrubber {
 public:
  // Adds what identifies a patient; name parts shorter than 3 letters are not matched on their own.
  void add(const std::string& patientName, const std::string& patientId, const std::string& birthDate);
  QString scrub(QString text) const;

 private:
  QStringList needles_;
};

}  // namespace heaorta
