// DCMTK's SEG reader (dcmseg) and our conversion of its frames to labels, in this process (the
// program runs them in a child): any bytes, never a crash, a hang or a leak.
#include "core/dicom/DicomSegExport.h"
#include "core/util/Error.h"
#include "tests/fuzz/FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  // The grid of the seeds' CT (DicomSegExportTest's round trip, kept with HEAORTA_KEEP_SEG).
  static const heaorta::ImageGeometry grid{{16, 12, 6}, {0.7, 0.8, 2.5}, {0, 0, 0}, Eigen::Matrix3d::Identity()};
  try {
    heaorta::DicomSegReader::readHere(fuzzFile(data, size, ".dcm"), grid);
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
