#pragma once

#include "core/dicom/DicomPixelDecoder.h"

#include <QCoreApplication>
#include <filesystem>
#include <functional>
#include <utility>
#include <vector>

namespace heaorta {

// Decodes pixel data through GDCM (its codecs: JPEG, JPEG-LS, JPEG 2000, RLE; and native pixel data
// our own reader declines, DicomPixelDecoder::decodeOwn) in child processes,
// up to 32 files per child, one child at a time, on all threads inside it (IsolatedWorker): a file
// that crashes or hangs a codec fails the load with a message naming it (found by decoding the
// unanswered files alone), and the program goes on. The decoded slices come back through the pipe.
class IsolatedPixelDecoding {
  Q_DECLARE_TR_FUNCTIONS(heaorta::IsolatedPixelDecoding)

 public:
  using Job = std::pair<const std::filesystem::path, std::vector<DicomPixelDecoder::Target>>;
  using DecodeFile = std::function<std::size_t(const std::filesystem::path&, const std::vector<DicomPixelDecoder::Target>&)>;

  // Native pixel data, which our own reader may take without GDCM, needs no codec.
  static bool needsCodec(const DicomFrameHeader& frame);
  // Decodes every job into its targets, `threads` files at a time; `fileDone` is called after each
  // file. Returns the voxels whose HU was clamped. Throws HeaortaError as decoding a file
  // in this process would, and for a file that crashed or hung its decoder.
  // `decodeFile` is what the children run (tests put a crash in it).
  static std::size_t decode(const std::vector<const Job*>& jobs, int threads, const std::function<void()>& fileDone,
                            const DecodeFile& decodeFile = DicomPixelDecoder::decode);
};

}  // namespace heaorta
