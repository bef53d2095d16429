// Model cards (the JSON beside a TorchScript model): refused with a message or read, never a crash.
#include "segmentation/model/ModelCard.h"
#include "core/util/Error.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  try {
    heaorta::ModelCard::read(fuzzFile(data, size, ".json"));
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
