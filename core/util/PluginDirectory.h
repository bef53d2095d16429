#pragma once

#include <filesystem>
#include <system_error>

namespace heaorta {

// Where Heaorta's plugins and commands modules live: <prefix>/lib/heaorta beside the program's
// <prefix>/bin, installed or in the build tree (same layout). Empty when the program's own path
// cannot be read. Header-only: the Qt-Core-only `heaorta` launcher uses it without linking core.
inline std::filesystem::path pluginDirectory() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : exe.parent_path().parent_path() / "lib/heaorta";
}

}  // namespace heaorta
