#include "core/util/IsolatedWorker.h"

#include "core/util/StuckChildProbe.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <exception>
#include <mutex>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// Present in sanitized builds only. A fuzzer's death callback saves the input as a crash of the
// fuzzer itself; in a child, a sanitizer's report is that child's death, which the parent tells.
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace heaorta {
namespace {

constexpr int kExitThrew = 3;

bool writeAll(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// The child: runs the work and leaves with _exit, so that no atexit handler, static destructor or
// buffered stream of the parent's runs twice.
[[noreturn]] void childMain(int fd, const std::function<void(const IsolatedWorker::Emit&)>& work, bool keepStandardError) {
  std::signal(SIGPIPE, SIG_DFL);
  // The child dies of its own signal: a handler the parent installed (a sanitizer's or a fuzzer's
  // report-and-exit) would hide how it died and write its reports as if the parent had crashed.
  for (const int fatal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(fatal, SIG_DFL);
  if (&__sanitizer_set_death_callback) __sanitizer_set_death_callback(nullptr);
  // Keep only our pipe: a sibling's write end inherited from another thread's fork would keep that
  // sibling's parent waiting for the end of our work.
  constexpr int kPipe = 3;
  if (fd != kPipe) {
    if (dup2(fd, kPipe) < 0) _exit(kExitThrew);
    fd = kPipe;
  }
  close_range(kPipe + 1, ~0U, 0);
  // A parser's dying words (an assertion message) are not for the user: the parent says what
  // happened. No core dump either: the crash is expected and handled.
  const int null = open("/dev/null", O_WRONLY);
  if (null >= 0) {
    dup2(null, STDOUT_FILENO);
    if (!keepStandardError) dup2(null, STDERR_FILENO);
    close(null);
  }
  const rlimit noCore{0, 0};
  setrlimit(RLIMIT_CORE, &noCore);
  const IsolatedWorker::Emit emit = [fd](const std::string& message) {
    const uint32_t size = static_cast<uint32_t>(message.size());
    if (!writeAll(fd, reinterpret_cast<const char*>(&size), sizeof size) || !writeAll(fd, message.data(), message.size())) _exit(kExitThrew);
  };
  try {
    work(emit);
  } catch (...) {
    _exit(kExitThrew);
  }
  _exit(0);
}

// Collects length-prefixed messages from the bytes read so far.
class MessageReader {
 public:
  void append(const char* data, std::size_t size) { buffer_.append(data, size); }
  template <typename F>
  void drain(F&& deliver) {
    std::size_t offset = 0;
    while (buffer_.size() - offset >= sizeof(uint32_t)) {
      uint32_t size = 0;
      std::memcpy(&size, buffer_.data() + offset, sizeof size);
      if (buffer_.size() - offset - sizeof size < size) break;
      deliver(buffer_.substr(offset + sizeof size, size));
      offset += sizeof size + size;
    }
    buffer_.erase(0, offset);
  }

 private:
  std::string buffer_;
};

}  // namespace

std::string IsolatedWorker::Outcome::describe() const {
  switch (kind) {
    case Finished:
      return "finished";
    case Crashed:
      return "signal " + std::to_string(signal) + " (" + (strsignal(signal) ? strsignal(signal) : "?") + ")";
    case Stuck:
    case Hung:
    case Failed:
    case Unavailable:
      return detail;
  }
  return detail;
}

IsolatedWorker::Outcome IsolatedWorker::run(const std::function<void(const Emit&)>& work, const std::function<void(std::string&&)>& receive,
                                            std::chrono::milliseconds idleTimeout, const Options& options) {
  // A child that never says a word gets one more try: forked while another thread held a lock that
  // is not fork-safe (AddressSanitizer's allocator, in a workstation test process), it waits for
  // that lock forever. A parser that really hangs costs twice the time-out.
  bool answered = false;
  const auto note = [&](std::string&& message) {
    answered = true;
    receive(std::move(message));
  };
  Outcome outcome = runOnce(work, note, idleTimeout, options);
  if (outcome.kind == Outcome::Hung && !answered && options.retrySilentChild) outcome = runOnce(work, note, idleTimeout, options);
  for (int again = 0; again < 2 && outcome.kind == Outcome::Stuck && !answered; ++again) outcome = runOnce(work, note, idleTimeout, options);
  return outcome;
}

IsolatedWorker::Outcome IsolatedWorker::runOnce(const std::function<void(const Emit&)>& work, const std::function<void(std::string&&)>& receive,
                                                std::chrono::milliseconds idleTimeout, const Options& options) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return {Outcome::Unavailable, 0, std::string("pipe: ") + std::strerror(errno)};
  pid_t pid;
  {
    // One fork at a time: fork() runs third-party fork handlers, and ITK's stops its thread pool by
    // joining the threads; two threads forking at once joined them twice and terminated the process.
    static std::mutex forking;
    const std::lock_guard<std::mutex> lock(forking);
    pid = fork();
  }
  if (pid < 0) {
    const int error = errno;
    close(fds[0]);
    close(fds[1]);
    return {Outcome::Unavailable, 0, std::string("fork: ") + std::strerror(error)};
  }
  if (pid == 0) {
    close(fds[0]);
    childMain(fds[1], work, options.keepStandardError);
  }
  close(fds[1]);

  Outcome outcome;
  MessageReader reader;
  char chunk[65536];
  StuckChildProbe probe(pid);
  constexpr std::chrono::milliseconds kLook{1000};
  auto lastHeard = std::chrono::steady_clock::now();
  for (;;) {
    const auto silent = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - lastHeard);
    if (silent >= idleTimeout) {
      kill(pid, SIGKILL);
      outcome = {Outcome::Hung, 0, "no answer for " + std::to_string(idleTimeout.count() / 1000) + " s"};
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = poll(&p, 1, static_cast<int>(std::min(kLook, idleTimeout - silent).count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) {
      if (probe.stuck()) {
        kill(pid, SIGKILL);
        outcome = {Outcome::Stuck, 0, "stuck on a lock for " + std::to_string(StuckChildProbe::kLooks) + " s"};
        break;
      }
      continue;
    }
    lastHeard = std::chrono::steady_clock::now();
    const ssize_t n = read(fds[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // the child closed its end: it exited or died
    reader.append(chunk, static_cast<std::size_t>(n));
    reader.drain([&](std::string&& message) { receive(std::move(message)); });
  }
  close(fds[0]);

  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (outcome.kind == Outcome::Hung || outcome.kind == Outcome::Stuck) return outcome;
  if (WIFSIGNALED(status)) return {Outcome::Crashed, WTERMSIG(status), {}};
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return outcome;
  return {Outcome::Failed, 0, WIFEXITED(status) && WEXITSTATUS(status) == kExitThrew ? "the parser failed" : "the helper exited unexpectedly"};
}

}  // namespace heaorta
