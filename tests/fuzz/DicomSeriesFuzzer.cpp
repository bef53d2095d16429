// A file as a folder or a PACS brings it: indexed (our preflight, then GDCM in a child), its series
// loaded (headers through GDCM here, slice planning, our native pixel reader, GDCM's decoding in a
// child), and each of its frames decoded alone the same way (a single slice stops at planning): any
// bytes, never a crash, a hang or a leak in this process.
#include "core/dicom/DicomFolderIndexer.h"
#include "core/dicom/DicomHeaderReader.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/dicom/IsolatedPixelDecoding.h"
#include "core/util/Error.h"
#include "core/util/Progress.h"
#include "tests/fuzz/FuzzInput.h"

namespace {

using heaorta::HeaortaError;

// libFuzzer stops at 2 GB: frames of more than 2^22 pixels are left out of the frame-by-frame
// decoding (the loader's own limits apply to the series).
constexpr std::size_t kMaxFramePixels = std::size_t(1) << 22;

void decodeFramesAlone(const std::filesystem::path& file) {
  for (const heaorta::DicomFrameHeader& frame : heaorta::DicomHeaderReader::read(file)) {
    const std::size_t pixels = static_cast<std::size_t>(frame.rows) * static_cast<std::size_t>(frame.columns);
    if (frame.rows <= 0 || frame.columns <= 0 || pixels > kMaxFramePixels) continue;
    std::vector<int16_t> slice(pixels);
    const std::vector<heaorta::DicomPixelDecoder::Target> targets{{&frame, slice.data()}};
    try {  // as the loader does: our own reader here, GDCM in a child
      if (!heaorta::DicomPixelDecoder::decodeOwn(file, targets)) {
        const heaorta::IsolatedPixelDecoding::Job job{file, targets};
        heaorta::IsolatedPixelDecoding::decode({&job}, 1, [] {});
      }
    } catch (const HeaortaError&) {
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::filesystem::path file = fuzzFile(data, size, ".dcm");
  heaorta::NullProgress progress;
  const heaorta::DicomIndex index = heaorta::DicomFolderIndexer::indexFiles({file}, progress, 1);
  for (const heaorta::DicomSeriesInfo* series : index.allSeries()) {
    try {
      heaorta::DicomSeriesLoader::load(series->files, {{}, 1}, progress);
    } catch (const HeaortaError&) {
    }
    try {
      decodeFramesAlone(file);
    } catch (const HeaortaError&) {
    }
  }
  return 0;
}
