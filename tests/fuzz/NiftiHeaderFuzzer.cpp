// NIfTI files (plain and gzip) before ITK reads them: refused with a message or passed, never a crash.
#include "core/io/NiftiHeaderCheck.h"
#include "core/util/Error.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  try {
    heaorta::NiftiHeaderCheck::check(fuzzFile(data, size, ".nii"));
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
