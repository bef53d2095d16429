#pragma once

#include <cstddef>
#include <functional>

namespace heaorta {

// Number of worker threads for CPU-bound loops (all cores; at least 1).
int workerThreadCount();

// Runs body(i) for i in [0, count) on up to `threads` threads, handing out indices one at a
// time so that uneven items (compressed slices) balance. Rethrows the first exception.
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& body, int threads = 0);

}  // namespace heaorta
