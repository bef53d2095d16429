#include "core/util/IsolatedBatch.h"

#include "core/util/Parallel.h"

#include <cstdint>
#include <cstring>
#include <mutex>
#include <optional>
#include <vector>

namespace heaorta {
namespace {

// A message from the child: the item's index (4 bytes), then 'p' and a part, 'l' and its last part,
// or 'e' for the end of an item that sent none. The last part carries the end: most items answer in
// one message.
std::string tagged(uint32_t index, char kind, const std::string& part = {}) {
  std::string message(sizeof index + 1, kind);
  std::memcpy(message.data(), &index, sizeof index);
  return message.append(part);
}

// Runs `indices` in one child; marks in `finished` what it answered in full.
IsolatedWorker::Outcome runInChild(const IsolatedBatch::Items& items, const std::vector<std::size_t>& indices, int threads, bool retrySilent,
                                   std::vector<bool>& finished) {
  IsolatedWorker::Options options;
  options.retrySilentChild = retrySilent;
  return IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        std::mutex sending;
        parallelFor(
            indices.size(),
            [&](std::size_t k) {
              const auto index = static_cast<uint32_t>(indices[k]);
              std::optional<std::string> held;  // the latest part, sent once the next one comes
              items.run(indices[k], [&](const std::string& part) {
                if (held) {
                  const std::lock_guard<std::mutex> lock(sending);
                  emit(tagged(index, 'p', *held));
                }
                held = part;
              });
              const std::lock_guard<std::mutex> lock(sending);
              emit(held ? tagged(index, 'l', *held) : tagged(index, 'e'));
            },
            threads);
      },
      [&](std::string&& message) {
        uint32_t index = 0;
        if (message.size() <= sizeof index) return;
        std::memcpy(&index, message.data(), sizeof index);
        if (index >= items.count || finished[index]) return;
        const char kind = message[sizeof index];
        if (kind != 'e') {
          message.erase(0, sizeof index + 1);
          items.receive(index, std::move(message));
        }
        if (kind == 'p') return;
        finished[index] = true;
        if (items.answered) items.answered(index);
      },
      items.idleTimeout, options);
}

}  // namespace

void IsolatedBatch::run(const Items& items) {
  std::vector<bool> finished(items.count, false);
  for (std::size_t from = 0; from < items.count; from += items.perChild) {
    std::vector<std::size_t> chunk;
    for (std::size_t i = from; i < std::min(items.count, from + items.perChild); ++i) chunk.push_back(i);
    if (items.beforeChild) items.beforeChild();
    const IsolatedWorker::Outcome outcome = runInChild(items, chunk, items.threads, true, finished);
    for (const std::size_t i : chunk) {
      if (finished[i]) continue;
      if (outcome.kind == IsolatedWorker::Outcome::Unavailable) {  // no process to spare
        items.runHere(i);
        finished[i] = true;
        continue;
      }
      // The input the child stopped on, or one it had not reached: alone, in a child of its own.
      if (items.beforeChild) items.beforeChild();
      const IsolatedWorker::Outcome again = runInChild(items, {i}, 1, false, finished);
      if (finished[i]) continue;
      if (again.kind == IsolatedWorker::Outcome::Unavailable)
        items.runHere(i);
      else
        items.lost(i, again.kind == IsolatedWorker::Outcome::Finished ? outcome : again);
    }
  }
}

}  // namespace heaorta
