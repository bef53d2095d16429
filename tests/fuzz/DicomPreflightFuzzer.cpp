// The first reader of every file in a folder (before GDCM): any bytes, never a crash or a hang.
#include "core/dicom/DicomPreflight.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  heaorta::dicom::preflight(fuzzFile(data, size, ".dcm"));
  return 0;
}
