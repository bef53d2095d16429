#pragma once

#include <QByteArray>
#include <QString>
#include <string>

namespace heaorta {

// Pseudonyms derived from values by a keyed SHA-256: the same key maps the same value to the same
// pseudonym, so results of several runs still join; without the key they cannot be traced back.
class KeyedPseudonyms {
 public:
  // `key`: the secret (32 random bytes when empty).
  explicit KeyedPseudonyms(QByteArray key = {});
  // A 2.25 UID for `uid`; DICOM-defined UIDs (1.2.840.10008.*) and empty ones are returned unchanged.
  std::string uid(const std::string& uid) const;
  // 16 upper-case hex digits.
  std::string token(const std::string& value) const;

 private:
  QByteArray digest(const char* purpose, const std::string& value) const;
  QByteArray key_;
};

}  // namespace heaorta
