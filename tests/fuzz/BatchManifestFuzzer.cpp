// Batch manifests (one input per line, '#' comments): read into paths, never a crash.
#include "core/batch/BatchManifest.h"
#include "core/util/Error.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  try {
    heaorta::BatchManifest::read(fuzzFile(data, size, ".txt"));
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
