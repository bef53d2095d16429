#include "core/util/KeyedPseudonyms.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <cstdint>

namespace heaorta {

KeyedPseudonyms::KeyedPseudonyms(QByteArray key) : key_(std::move(key)) {
  if (key_.isEmpty()) {
    key_.resize(32);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(key_.data()), reinterpret_cast<quint32*>(key_.data() + key_.size()));
  }
}

QByteArray KeyedPseudonyms::digest(const char* purpose, const std::string& value) const {
  return QCryptographicHash::hash(key_ + QByteArray(purpose) + QByteArray::fromStdString(value), QCryptographicHash::Sha256);
}

std::string KeyedPseudonyms::uid(const std::string& uid) const {
  if (uid.empty() || uid.rfind("1.2.840.10008.", 0) == 0) return uid;  // SOP classes, transfer syntaxes, ...
  const QByteArray d = digest("uid:", uid);
  // The first 127 bits as a decimal number: at most 39 digits, so the UID stays within 64 characters.
  uint32_t limbs[4];
  for (int l = 0; l < 4; ++l) {
    limbs[l] = 0;
    for (int b = 0; b < 4; ++b) limbs[l] = (limbs[l] << 8) | static_cast<unsigned char>(d[4 * l + b]);
  }
  limbs[0] &= 0x7FFFFFFFu;
  std::string digits;
  for (bool zero = false; !zero;) {
    uint64_t remainder = 0;
    zero = true;
    for (uint32_t& limb : limbs) {  // divide the 128-bit number by 10, most significant limb first
      const uint64_t current = (remainder << 32) | limb;
      limb = static_cast<uint32_t>(current / 10);
      remainder = current % 10;
      zero = zero && limb == 0;
    }
    digits.insert(digits.begin(), static_cast<char>('0' + remainder));
  }
  return "2.25." + digits;
}

std::string KeyedPseudonyms::token(const std::string& value) const { return digest("id:", value).toHex().left(16).toUpper().toStdString(); }

}  // namespace heaorta
