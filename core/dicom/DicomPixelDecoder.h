#pragma once

#include "core/dicom/DicomFrameHeader.h"

#include <QCoreApplication>
#include <cstdint>
#include <optional>
#include <vector>

namespace heaorta {

// Decodes the pixel data of one DICOM file (any transfer syntax GDCM supports: uncompressed,
// JPEG lossless, JPEG-LS, JPEG 2000, RLE) and converts stored values to Hounsfield units.
class DicomPixelDecoder {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomPixelDecoder)

 public:
  struct Target {
    const DicomFrameHeader* frame;  // which frame, with its rescale
    int16_t* destination;           // rows * columns voxels
  };

  // Implicit or explicit VR little endian: pixel data stored as it is, no codec.
  static bool isNative(const std::string& transferSyntaxUid) {
    return transferSyntaxUid == "1.2.840.10008.1.2" || transferSyntaxUid == "1.2.840.10008.1.2.1";
  }

  // Returns the number of voxels whose HU had to be clamped to the int16 range.
  // Throws HeaortaError naming the file when the pixel data is missing, truncated or undecodable.
  static std::size_t decode(const std::filesystem::path& file, const std::vector<Target>& targets);
  // Our own reader alone, no GDCM: native 16-bit pixel data at the end of the file (the usual
  // layout). Empty for any other file, which decode() passes to GDCM.
  static std::optional<std::size_t> decodeOwn(const std::filesystem::path& file, const std::vector<Target>& targets);
};

}  // namespace heaorta
