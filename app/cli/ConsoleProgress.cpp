#include "app/cli/ConsoleProgress.h"

#include <cstdio>
#include <unistd.h>

namespace heaorta::cli {

ConsoleProgress::ConsoleProgress() : enabled_(isatty(STDERR_FILENO) == 1) {}

ConsoleProgress::~ConsoleProgress() {
  if (enabled_ && lastPercent_ >= 0) std::fputs("\n", stderr);
}

void ConsoleProgress::report(double fraction, const QString& stage) {
  if (!enabled_) return;
  const int percent = static_cast<int>(fraction * 100.0);
  std::lock_guard<std::mutex> lock(mutex_);
  if (percent == lastPercent_) return;
  lastPercent_ = percent;
  std::fprintf(stderr, "\r%3d%% %-60s", percent, stage.toLocal8Bit().constData());
  std::fflush(stderr);
}

}  // namespace heaorta::cli
