#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace heaorta::bench {

// Median wall-clock seconds of `runs` calls (after one warm-up call).
inline double medianSeconds(int runs, const std::function<void()>& work) {
  work();
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

}  // namespace heaorta::bench
