#pragma once

#include <cstdint>
#include <sys/types.h>

namespace heaorta {

// Tells a child process that can never go on: every one of its threads asleep on a futex, and not
// one context switch since the last look. Nothing outside the child wakes its futexes (none is
// shared between processes), so such a child waits forever. It happens to children forked while
// another thread of the parent held a lock that is not fork-safe (AddressSanitizer's allocator in
// the sanitized workstation, a library's mutex): the child inherits it locked. Seen from here in
// three seconds rather than after the whole idle time-out (30 s for a parser).
// Where /proc does not say where threads sleep, no child is ever called stuck.
class StuckChildProbe {
 public:
  explicit StuckChildProbe(pid_t pid) : pid_(pid) {}
  // One look; true once every thread was found on a futex, with no switch in between, at kLooks
  // looks after the first (one a second: three seconds).
  bool stuck();
  static constexpr int kLooks = 3;

 private:
  pid_t pid_;
  uint64_t lastSwitches_ = 0;
  int stillLooks_ = 0;
};

}  // namespace heaorta
