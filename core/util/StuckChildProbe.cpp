#include "core/util/StuckChildProbe.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace heaorta {
namespace fs = std::filesystem;

namespace {

// Context switches of one thread (voluntary and not): a thread woken by anyone, or by its own
// timed wait, adds at least one.
bool switchesOf(const fs::path& task, uint64_t& total) {
  std::ifstream status(task / "status");
  if (!status) return false;
  std::string line;
  int found = 0;
  while (std::getline(status, line)) {
    for (const char* key : {"voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:"}) {
      const std::string k(key);
      if (line.compare(0, k.size(), k) == 0) {
        total += std::strtoull(line.c_str() + k.size(), nullptr, 10);
        ++found;
      }
    }
  }
  return found == 2;
}

bool asleepOnFutex(const fs::path& task) {
  std::ifstream wchan(task / "wchan");
  std::string where;
  return wchan && std::getline(wchan, where) && where.compare(0, 6, "futex_") == 0;
}

}  // namespace

bool StuckChildProbe::stuck() {
  std::error_code ec;
  uint64_t switches = 0;
  bool allOnFutex = true;
  int threads = 0;
  for (fs::directory_iterator it(fs::path("/proc") / std::to_string(pid_) / "task", ec), end; !ec && it != end; it.increment(ec)) {
    ++threads;
    if (!asleepOnFutex(it->path()) || !switchesOf(it->path(), switches)) {
      allOnFutex = false;
      break;
    }
  }
  if (ec || threads == 0 || !allOnFutex) {
    stillLooks_ = 0;
    return false;
  }
  // The first look that finds them all asleep starts the count; each later one needs the same total.
  stillLooks_ = stillLooks_ == 0 || switches == lastSwitches_ ? stillLooks_ + 1 : 1;
  lastSwitches_ = switches;
  return stillLooks_ > kLooks;
}

}  // namespace heaorta
