#include "core/dicom/DicomPreflight.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <string_view>
#include <vector>

namespace heaorta::dicom {

namespace {

constexpr uint32_t kUndefined = 0xFFFFFFFF;
constexpr std::size_t kFirstRead = 16u << 10;
constexpr std::size_t kHeaderRead = 64u << 10;  // what lies beyond is not judged

bool longLength(std::string_view vr) {
  return vr == "OB" || vr == "OW" || vr == "OF" || vr == "OD" || vr == "OL" || vr == "OV" || vr == "SQ" || vr == "UC" || vr == "UR" || vr == "UT" ||
         vr == "UN" || vr == "SV" || vr == "UV";
}

// Walks the element structure in the bytes read (`d`); `fileSize` is the file's true end.
// Every function returns a problem, or "" when the structure is sound as far as it could see.
class Walker {
 public:
  Walker(const std::vector<unsigned char>& d, std::size_t fileSize, bool bigEndian) : d_(d), fileSize_(fileSize), little_(!bigEndian) {}

  // The elements from `pos` up to `end`, a delimiter or the pixel data.
  std::string walk(std::size_t pos, std::size_t end, bool explicitVr, int depth) {
    if (depth > 32) return "sequences nested more than 32 deep";
    while (pos + 8 <= std::min(end, d_.size())) {
      const uint16_t group = u16(pos), element = u16(pos + 2);
      if (group == 0xFFFE) return element == 0xE00D || element == 0xE0DD ? "" : "an item tag outside a sequence";
      if (group == 0x7FE0 && element == 0x0010) {
        if (depth == 0) sawEverything = true;
        return {};
      }
      if (std::string problem = stepOver(&pos, explicitVr, depth); !problem.empty() || pos == 0) return problem;
    }
    if (depth == 0 && d_.size() == fileSize_) sawEverything = true;
    return {};
  }

  bool sawEverything = false;  // the walk reached the pixel data or the end of the file

 private:
  // Moves *pos past one element, through its sequence if it is one; 0 when the bytes read end.
  std::string stepOver(std::size_t* pos, bool explicitVr, int depth) {
    const std::size_t p = *pos;
    const uint16_t group = u16(p), element = u16(p + 2);
    std::string_view vr;
    uint32_t length = 0;
    std::size_t value = 0;
    if (explicitVr) {
      vr = std::string_view(reinterpret_cast<const char*>(&d_[p + 4]), 2);
      if (longLength(vr)) {
        if (p + 12 > d_.size()) return *pos = 0, std::string();
        length = u32(p + 8);
        value = p + 12;
      } else {
        length = u16(p + 6);
        value = p + 8;
      }
    } else {
      length = u32(p + 4);
      value = p + 8;
    }
    // Inside SQ the items are encoded as the data set; inside UN or implicit VR, implicitly.
    const bool itemsExplicit = explicitVr && vr == "SQ";
    if (length == kUndefined) return items(value, d_.size(), itemsExplicit, depth, pos);
    if (value + length > fileSize_) return describe(group, element, length, value);
    *pos = value + length;
    if (explicitVr && vr == "SQ" && value + length <= d_.size()) {
      std::size_t ignored = 0;
      return items(value, value + length, true, depth, &ignored);
    }
    return {};
  }

  // The items of a sequence from `pos`; *next is past its delimitation (or `end` for a sequence
  // of defined length), 0 when the bytes read end first.
  std::string items(std::size_t pos, std::size_t end, bool explicitVr, int depth, std::size_t* next) {
    while (pos + 8 <= std::min(end, d_.size())) {
      const uint16_t group = u16(pos), element = u16(pos + 2);
      const uint32_t length = u32(pos + 4);
      if (group != 0xFFFE || (element != 0xE000 && element != 0xE0DD)) return "a sequence holds something other than items";
      if (element == 0xE0DD) return *next = pos + 8, std::string();
      const std::size_t value = pos + 8;
      if (length == kUndefined) {
        // Elements until the item delimitation (FFFE,E00D).
        std::size_t p = value;
        while (p != 0 && p + 8 <= d_.size() && !(u16(p) == 0xFFFE && u16(p + 2) == 0xE00D)) {
          if (u16(p) == 0xFFFE) return "an item holds an item tag";
          if (std::string problem = stepOver(&p, explicitVr, depth + 1); !problem.empty()) return problem;
        }
        if (p == 0 || p + 8 > d_.size()) return *next = 0, std::string();
        pos = p + 8;
        continue;
      }
      if (value + length > fileSize_) return describe(0xFFFE, 0xE000, length, value);
      if (std::string problem = walk(value, value + length, explicitVr, depth + 1); !problem.empty()) return problem;
      pos = value + length;
    }
    *next = pos >= end ? end : 0;
    return {};
  }

  uint16_t u16(std::size_t at) const {
    return little_ ? static_cast<uint16_t>(d_[at] | d_[at + 1] << 8) : static_cast<uint16_t>(d_[at] << 8 | d_[at + 1]);
  }
  uint32_t u32(std::size_t at) const {
    const uint32_t b0 = d_[at], b1 = d_[at + 1], b2 = d_[at + 2], b3 = d_[at + 3];
    return little_ ? b0 | b1 << 8 | b2 << 16 | b3 << 24 : b0 << 24 | b1 << 16 | b2 << 8 | b3;
  }
  std::string describe(uint16_t group, uint16_t element, uint32_t length, std::size_t at) const {
    char text[192];
    std::snprintf(text, sizeof text, "element (%04X,%04X) at byte %zu claims %u bytes, past the end of the file (%zu bytes)", group, element, at,
                  length, fileSize_);
    return text;
  }

  const std::vector<unsigned char>& d_;
  std::size_t fileSize_;
  bool little_;
};

// Judges the first bytes of a file of `size` bytes; *complete when nothing was left unseen.
Preflight judge(const std::vector<unsigned char>& d, std::size_t size, bool* complete) {
  Preflight result;
  *complete = true;
  if (d.size() < 132 || std::string_view(reinterpret_cast<const char*>(&d[128]), 4) != "DICM") return result;  // GDCM judges it
  // The meta header: explicit VR little endian, group 0002.
  std::size_t pos = 132;
  std::string transferSyntax;
  while (pos + 8 <= d.size() && (d[pos] | d[pos + 1] << 8) == 0x0002) {
    const uint16_t element = static_cast<uint16_t>(d[pos + 2] | d[pos + 3] << 8);
    const std::string_view vr(reinterpret_cast<const char*>(&d[pos + 4]), 2);
    std::size_t value = pos + 8;
    uint32_t length = static_cast<uint32_t>(d[pos + 6] | d[pos + 7] << 8);
    if (longLength(vr)) {
      if (pos + 12 > d.size()) return *complete = false, result;
      length = static_cast<uint32_t>(d[pos + 8] | d[pos + 9] << 8 | d[pos + 10] << 16 | static_cast<uint32_t>(d[pos + 11]) << 24);
      value = pos + 12;
    }
    if (value + length > size) {
      result.problem = "the file meta header runs past the end of the file";
      return result;
    }
    if (value + length > d.size()) return *complete = false, result;
    std::string text(reinterpret_cast<const char*>(&d[value]), length);
    while (!text.empty() && (text.back() == '\0' || text.back() == ' ')) text.pop_back();
    if (element == 0x0002) result.mediaStorageSopClass = text;
    if (element == 0x0010) transferSyntax = text;
    pos = value + length;
  }
  if (transferSyntax == "1.2.840.10008.1.2.1.99") return result;  // deflated: cannot walk it
  const bool implicitVr = transferSyntax == "1.2.840.10008.1.2";
  const bool bigEndian = transferSyntax == "1.2.840.10008.1.2.2";
  Walker walker(d, size, bigEndian);
  result.problem = walker.walk(pos, d.size(), !implicitVr, 0);
  *complete = !result.problem.empty() || walker.sawEverything;
  return result;
}

}  // namespace

Preflight preflight(const std::filesystem::path& file) {
  const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  struct stat st {};
  Preflight result;
  if (::fstat(fd, &st) == 0 && st.st_size >= 132) {
    const auto size = static_cast<std::size_t>(st.st_size);
    std::vector<unsigned char> d;
    // Most headers end within the first 16 kB; read more only when the walk needs it.
    for (const std::size_t limit : {kFirstRead, kHeaderRead}) {
      const std::size_t want = std::min(size, limit);
      if (want <= d.size()) break;
      const std::size_t had = d.size();
      d.resize(want);
      const ssize_t got = ::pread(fd, d.data() + had, want - had, static_cast<off_t>(had));
      if (got < 0 || static_cast<std::size_t>(got) != want - had) break;
      bool complete = false;
      result = judge(d, size, &complete);
      if (complete) break;
    }
  }
  ::close(fd);
  return result;
}

}  // namespace heaorta::dicom
