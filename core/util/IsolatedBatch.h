#pragma once

#include "core/util/IsolatedWorker.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace heaorta {

// Many inputs through a third-party parser, in child processes (IsolatedWorker): up to `perChild`
// items per child, one child at a time, `threads` threads inside it. Each item's answer comes back
// in parts tagged with the item's index. The items a child did not finish answering (it died or
// hung) are run again, each alone in a child of its own, so that the input the parser dies on is
// the one reported lost, with how its child ended, and every other input is answered.
//
// Time-outs: a whole child that never said a word is run once more (IsolatedWorker's retry, for a
// child stuck at its start); an item alone gets one child. An input that hangs its parser costs at
// most three idle time-outs.
class IsolatedBatch {
 public:
  using Send = std::function<void(const std::string& part)>;

  struct Items {
    std::size_t count = 0;
    std::size_t perChild = 64;
    int threads = 1;  // threads inside each child
    std::chrono::milliseconds idleTimeout{30000};
    // In the child: answers item i in parts (any number, none included). May run on several threads.
    std::function<void(std::size_t i, const Send& send)> run;
    // Here, in order of arrival: one part of item i's answer. An item run again alone sends its
    // parts again from the first.
    std::function<void(std::size_t i, std::string&& part)> receive;
    // Here: item i was answered in full (optional).
    std::function<void(std::size_t i)> answered;
    // Here: no full answer for item i; its child ended as `how` (crashed, hung, ...).
    std::function<void(std::size_t i, const IsolatedWorker::Outcome& how)> lost;
    // Here, when no child can be started (fork failed): item i in this process.
    std::function<void(std::size_t i)> runHere;
    // Here, before each child starts; may throw to stop (a cancel, a refusal already received).
    std::function<void()> beforeChild;
  };

  static void run(const Items& items);
};

}  // namespace heaorta
