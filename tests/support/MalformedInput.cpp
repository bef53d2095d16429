#include "tests/support/MalformedInput.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>

namespace heaorta::test {
namespace {

std::string le16(uint32_t v) { return {static_cast<char>(v & 0xff), static_cast<char>((v >> 8) & 0xff)}; }
std::string le32(uint32_t v) { return {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16), static_cast<char>(v >> 24)}; }

// Explicit VR little endian element bytes (values padded to even length).
std::string element(uint16_t group, uint16_t number, const char* vr, std::string value) {
  if (value.size() % 2) value += std::string(vr) == "UI" || std::string(vr) == "OB" ? '\0' : ' ';
  std::string out = le16(group) + le16(number) + vr;
  const std::string longForm[] = {"OB", "OW", "SQ", "UN", "UT"};
  if (std::find(std::begin(longForm), std::end(longForm), vr) != std::end(longForm))
    out += le16(0) + le32(static_cast<uint32_t>(value.size()));
  else
    out += le16(static_cast<uint32_t>(value.size()));
  return out + value;
}

template <typename T>
void put(std::string& h, std::size_t offset, T value) {
  std::memcpy(&h[offset], &value, sizeof value);
}

}  // namespace

std::string MalformedInput::tagAndVr(uint16_t group, uint16_t number, const char* vr) { return le16(group) + le16(number) + vr; }

void MalformedInput::writeFileWithALyingItem(const std::filesystem::path& file, const std::string& sopClass, const std::string& transferSyntax) {
  const std::string metaBody = element(2, 1, "OB", std::string("\0\1", 2)) + element(2, 2, "UI", sopClass) + element(2, 3, "UI", "1.2.3.4") +
                               element(2, 0x10, "UI", transferSyntax);
  const std::string item = element(4, 0x1400, "UL", le32(0xFFFFFF00)) + element(4, 0x1430, "CS", "PATIENT");
  std::string sequence = std::string("\x04\x00\x20\x12SQ\0\0", 8) + le32(0xFFFFFFFF);  // (0004,1220), undefined length
  sequence += std::string("\xFE\xFF\x00\xE0", 4) + le32(0x7FFFFF00) + item;            // an item far longer than the file
  std::ofstream out(file, std::ios::binary);
  out << std::string(128, '\0') << "DICM" << element(2, 0, "UL", le32(static_cast<uint32_t>(metaBody.size()))) << metaBody
      << element(4, 0x1130, "CS", "X") << element(4, 0x1200, "UL", le32(0xFFFFFF00)) << sequence;
}

void MalformedInput::writeNifti(const std::filesystem::path& file, const Nifti& n) {
  const bool two = n.version == 2;
  std::string h(two ? 544 : 352, '\0');  // header plus the 4-byte extension flag
  int64_t voxels = 1;
  for (int64_t d : n.dims) voxels *= std::max<int64_t>(d, 0);
  const int bytesPerVoxel = n.datatype == 16 ? 4 : n.datatype == 64 ? 8 : 2;
  if (!two) {
    put<int32_t>(h, 0, 348);
    put<int16_t>(h, 40, static_cast<int16_t>(n.dims.size()));
    for (std::size_t i = 0; i < n.dims.size(); ++i) put<int16_t>(h, 42 + 2 * i, static_cast<int16_t>(n.dims[i]));
    put<int16_t>(h, 68, static_cast<int16_t>(n.intentCode));
    put<int16_t>(h, 70, static_cast<int16_t>(n.datatype));
    put<int16_t>(h, 72, static_cast<int16_t>(bytesPerVoxel * 8));
    put<float>(h, 76, 1.0f);  // qfac
    for (int i = 1; i <= 3; ++i) put<float>(h, 76 + 4 * i, n.pixdim);
    put<float>(h, 108, 352.0f);  // vox_offset
    put<float>(h, 112, 1.0f);    // scl_slope
    put<int16_t>(h, 254, 1);     // sform_code
    put<float>(h, 280, n.pixdim), put<float>(h, 300, n.pixdim), put<float>(h, 320, n.pixdim);
    std::memcpy(&h[344], "n+1\0", 4);
  } else {
    put<int32_t>(h, 0, 540);
    std::memcpy(&h[4], "n+2\0\r\n\032\n", 8);
    put<int16_t>(h, 12, static_cast<int16_t>(n.datatype));
    put<int16_t>(h, 14, static_cast<int16_t>(bytesPerVoxel * 8));
    put<int64_t>(h, 16, static_cast<int64_t>(n.dims.size()));
    for (std::size_t i = 0; i < n.dims.size(); ++i) put<int64_t>(h, 24 + 8 * i, n.dims[i]);
    put<double>(h, 104, 1.0);  // qfac
    for (int i = 1; i <= 3; ++i) put<double>(h, 104 + 8 * i, n.pixdim);
    put<int64_t>(h, 168, 544);  // vox_offset
    put<double>(h, 176, 1.0);   // scl_slope
    put<int32_t>(h, 348, 1);    // sform_code
    put<double>(h, 400, n.pixdim), put<double>(h, 440, n.pixdim), put<double>(h, 480, n.pixdim);
    put<int32_t>(h, 504, n.intentCode);
  }
  std::ofstream out(file, std::ios::binary);
  out << h;
  if (!n.voxels.empty())
    out << n.voxels;
  else
    out << std::string(static_cast<std::size_t>(std::min<int64_t>(voxels * bytesPerVoxel, 64 << 20)), '\0');
}

bool MalformedInput::patch(const std::filesystem::path& file, const std::string& from, const std::string& to) {
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::size_t at = bytes.find(from);
  if (at == std::string::npos || from.size() != to.size()) return false;
  bytes.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  return true;
}

}  // namespace heaorta::test
