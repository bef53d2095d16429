#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace heaorta {

// Runs third-party parsing in a forked child process, so that an abort() (Debian's GDCM is built
// with assertions), a segmentation fault or a hang inside a parser costs the input being parsed,
// never the program. The child sends its results as messages through a pipe; the parent receives
// them in order while the child runs, so after a crash it knows how far the child got.
class IsolatedWorker {
 public:
  using Emit = std::function<void(const std::string& message)>;

  struct Outcome {
    enum Kind {
      Finished,     // the work returned and every message arrived
      Crashed,      // the child died by a signal (`signal`)
      Hung,         // no message for the idle time-out; the child was killed
      Stuck,        // every thread of the child waited on a lock nobody could release; killed
      Failed,       // the work threw, or the child exited otherwise (`detail`)
      Unavailable,  // no child could be started (fork failed): the caller decides
    };
    Kind kind = Finished;
    int signal = 0;
    std::string detail;
    // "signal 6 (Aborted)", "no answer for 30 s", ... for messages to the user.
    std::string describe() const;
  };

  struct Options {
    // A child that never sent a message is run once more (see run()); off where the caller has its
    // own second try (IsolatedBatch runs unanswered items again, alone).
    bool retrySilentChild = true;
    // The child's standard error reaches ours (a diagnostic log the user asked for); by default a
    // parser's dying words are discarded and the parent says what happened.
    bool keepStandardError = false;
  };

  // Runs work(emit) in a child. Each emitted message reaches `receive` in the parent, in order.
  // The child is killed when `idleTimeout` passes without a message, or sooner when it is stuck
  // (StuckChildProbe); a stuck child that had sent nothing is started again, up to twice, whatever
  // the options say: it is the fork that failed, not the input.
  static Outcome run(const std::function<void(const Emit&)>& work, const std::function<void(std::string&&)>& receive,
                     std::chrono::milliseconds idleTimeout, const Options& options);
  static Outcome run(const std::function<void(const Emit&)>& work, const std::function<void(std::string&&)>& receive,
                     std::chrono::milliseconds idleTimeout) {
    return run(work, receive, idleTimeout, Options());
  }

 private:
  static Outcome runOnce(const std::function<void(const Emit&)>& work, const std::function<void(std::string&&)>& receive,
                         std::chrono::milliseconds idleTimeout, const Options& options);
};

}  // namespace heaorta
