#include "core/model/VoxelImage.h"

#include <cstdlib>
#include <new>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace heaorta {
namespace {
constexpr std::size_t kHugePage = 2u << 20;
constexpr std::size_t kLarge = 8u << 20;
std::size_t roundUp(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
}  // namespace

bool isLargeVoxelBuffer(std::size_t bytes) { return bytes >= kLarge; }

void* allocateVoxelBuffer(std::size_t bytes) {
  void* p = std::aligned_alloc(kHugePage, roundUp(bytes));
  if (!p) throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
  madvise(p, roundUp(bytes), MADV_HUGEPAGE);  // a hint: without transparent huge pages it does nothing
#endif
  return p;
}

void releaseVoxelBuffer(void* buffer, std::size_t) { std::free(buffer); }

}  // namespace heaorta
