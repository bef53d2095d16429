#include "core/dicom/DicomMetaPeek.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace heaorta::dicom {

std::string peekMediaStorageSopClass(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::array<char, 132> preamble{};
  if (!in.read(preamble.data(), preamble.size()) || std::memcmp(preamble.data() + 128, "DICM", 4) != 0) return {};
  // Each element: group, element (2 bytes each), VR (2), then a 2-byte length, or for OB, OW, OF,
  // SQ, UT and UN 2 reserved bytes and a 4-byte length.
  for (int guard = 0; guard < 64; ++guard) {
    unsigned char head[8];
    if (!in.read(reinterpret_cast<char*>(head), 8)) return {};
    const uint16_t group = static_cast<uint16_t>(head[0] | head[1] << 8);
    const uint16_t element = static_cast<uint16_t>(head[2] | head[3] << 8);
    if (group != 0x0002) return {};
    const std::string vr(reinterpret_cast<const char*>(head + 4), 2);
    uint32_t length = static_cast<uint32_t>(head[6] | head[7] << 8);
    if (vr == "OB" || vr == "OW" || vr == "OF" || vr == "SQ" || vr == "UT" || vr == "UN") {
      unsigned char l[4];
      if (!in.read(reinterpret_cast<char*>(l), 4)) return {};
      length = static_cast<uint32_t>(l[0] | l[1] << 8 | l[2] << 16 | static_cast<uint32_t>(l[3]) << 24);
    }
    if (length > 4096) return {};  // no meta element is that long
    std::string value(length, '\0');
    if (!in.read(value.data(), length)) return {};
    if (element == 0x0002) {
      while (!value.empty() && (value.back() == '\0' || value.back() == ' ')) value.pop_back();
      return value;
    }
  }
  return {};
}

}  // namespace heaorta::dicom
