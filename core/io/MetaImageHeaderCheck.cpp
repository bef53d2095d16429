#include "core/io/MetaImageHeaderCheck.h"

#include "core/util/Error.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace heaorta {
namespace {

std::string trimmed(const std::string& s) {
  const std::size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

void MetaImageHeaderCheck::check(const std::filesystem::path& file) {
  // The header is text lines "Key = value" up to ElementDataFile; the voxels follow in a .mha. Only
  // its first 64 kB are looked at: a damaged file may hold no line break for gigabytes.
  std::string head(1u << 16, '\0');
  std::ifstream stream(file, std::ios::binary);
  stream.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(stream.gcount()));
  std::istringstream in(head);
  for (std::string line; std::getline(in, line);) {
    const std::string entry = trimmed(line);
    const std::size_t separator = entry.find_first_of("=:");
    if (separator == std::string::npos) continue;
    const std::string key = trimmed(entry.substr(0, separator));
    if (key == "ElementDataFile") return;
    if (key != "NDims") continue;
    const std::string value = trimmed(entry.substr(separator + 1));
    char* end = nullptr;
    errno = 0;
    const long dims = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || errno != 0 || trimmed(end) != "" || dims < 0 || dims > kMaxDimensions)
      throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the MetaImage header declares \"%2\" dimensions (NDims); an image has 1 to %3")
                                                      .arg(QString::fromStdString(file.string()), QString::fromStdString(value.substr(0, 32)))
                                                      .arg(kMaxDimensions));
  }
}

}  // namespace heaorta
