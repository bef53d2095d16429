#pragma once

#include "core/util/Progress.h"

#include <mutex>

namespace heaorta::cli {

// Progress on stderr, one updating line, only when stderr is a terminal.
class ConsoleProgress final : public ProgressSink {
 public:
  ConsoleProgress();
  ~ConsoleProgress() override;
  void report(double fraction, const QString& stage) override;
  bool cancelRequested() const override { return false; }

 private:
  bool enabled_;
  int lastPercent_ = -1;
  std::mutex mutex_;
};

}  // namespace heaorta::cli
