#include "core/util/Parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace heaorta {

int workerThreadCount() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

void parallelFor(std::size_t count, const std::function<void(std::size_t)>& body, int threads) {
  if (threads <= 0) threads = workerThreadCount();
  threads = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(threads), count));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) body(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr firstError;
  std::mutex errorMutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < count && !failed.load(); i = next++) {
      try {
        body(i);
      } catch (...) {
        std::lock_guard<std::mutex> lock(errorMutex);
        if (!firstError) firstError = std::current_exception();
        failed.store(true);
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();
  if (firstError) std::rethrow_exception(firstError);
}

}  // namespace heaorta
