#pragma once

#include <QString>
#include <atomic>

namespace heaorta {

// How long-running work reports progress and learns it should stop. core/ defines it, the
// GUI implements it with signals, the CLI with a line on stderr, tests with NullProgress.
class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  // fraction in [0, 1]; may be called from worker threads.
  virtual void report(double fraction, const QString& stage) = 0;
  virtual bool cancelRequested() const = 0;
};

class NullProgress final : public ProgressSink {
 public:
  void report(double, const QString&) override {}
  bool cancelRequested() const override { return false; }
};

// A sink whose cancel flag any thread can raise.
class CancellableProgress : public ProgressSink {
 public:
  void report(double, const QString&) override {}
  bool cancelRequested() const override { return cancelled_.load(); }
  void cancel() { cancelled_.store(true); }

 private:
  std::atomic<bool> cancelled_{false};
};

// Maps [0, 1] of a sub-task onto [begin, end] of its parent's progress.
class SubProgress final : public ProgressSink {
 public:
  SubProgress(ProgressSink& parent, double begin, double end) : parent_(parent), begin_(begin), end_(end) {}
  void report(double fraction, const QString& stage) override { parent_.report(begin_ + (end_ - begin_) * fraction, stage); }
  bool cancelRequested() const override { return parent_.cancelRequested(); }

 private:
  ProgressSink& parent_;
  double begin_;
  double end_;
};

// Throws HeaortaError(Cancelled) when the user asked to stop.
void throwIfCancelled(const ProgressSink& progress);

}  // namespace heaorta
