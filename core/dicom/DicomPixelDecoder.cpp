#include "core/dicom/DicomPixelDecoder.h"

#include "core/dicom/DicomTags.h"
#include "core/util/Error.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <gdcmImageReader.h>
#include <limits>

namespace heaorta {
namespace {

HeaortaError fail(const std::filesystem::path& file, const QString& problem) {
  return HeaortaError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(QString::fromStdString(file.string()), problem));
}

// Stored value -> signed integer, honouring Bits Stored and Pixel Representation. Bits above
// Bits Stored may hold overlays or garbage, so they are masked off.
struct StoredValueDecoder {
  int bitsStored;
  bool isSigned;
  int operator()(uint16_t raw) const {
    if (bitsStored >= 16) return isSigned ? static_cast<int16_t>(raw) : raw;
    const int value = raw & ((1 << bitsStored) - 1);
    return (isSigned && (value & (1 << (bitsStored - 1)))) ? value - (1 << bitsStored) : value;
  }
};

std::size_t toHounsfield(const uint16_t* src, std::size_t count, const StoredValueDecoder& stored, double slope,
                         double intercept, int16_t* dst) {
  constexpr int lo = std::numeric_limits<int16_t>::min();
  constexpr int hi = std::numeric_limits<int16_t>::max();
  std::size_t clamped = 0;
  const bool integral = slope == 1.0 && intercept == std::floor(intercept);
  const int offset = static_cast<int>(intercept);
  for (std::size_t p = 0; p < count; ++p) {
    const int value = stored(src[p]);
    const long hu = integral ? value + offset : std::lround(value * slope + intercept);
    if (hu < lo || hu > hi) {
      ++clamped;
      dst[p] = static_cast<int16_t>(hu < lo ? lo : hi);
    } else {
      dst[p] = static_cast<int16_t>(hu);
    }
  }
  return clamped;
}

// GDCM pads a truncated native Pixel Data element and only warns, so look at the bytes: find
// the element header (tag 7FE0,0010 with the expected length) and check the file holds it all.
bool headerAt(const char* p, std::size_t available, uint64_t expectedBytes, std::size_t* headerLength) {
  static const char tag[4] = {'\xe0', '\x7f', '\x10', '\x00'};
  if (available < 8 || std::memcmp(p, tag, 4) != 0) return false;
  uint32_t length = 0;
  if (available >= 12 && p[4] == 'O' && (p[5] == 'W' || p[5] == 'B')) {  // explicit VR
    std::memcpy(&length, p + 8, 4);
    *headerLength = 12;
  } else {  // implicit VR
    std::memcpy(&length, p + 4, 4);
    *headerLength = 8;
  }
  return length == expectedBytes;
}

bool nativePixelDataComplete(const std::filesystem::path& file, uint64_t expectedBytes) {
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  const auto size = static_cast<uint64_t>(in.tellg());
  // Usual case: Pixel Data is the last element, so its header sits right before the values.
  for (uint64_t header : {12u, 8u}) {
    if (size < expectedBytes + header) continue;
    char buffer[12];
    in.seekg(static_cast<std::streamoff>(size - expectedBytes - header));
    in.read(buffer, static_cast<std::streamsize>(header));
    std::size_t headerLength = 0;
    if (in && headerAt(buffer, header, expectedBytes, &headerLength) && headerLength == header) return true;
    in.clear();
  }
  // Otherwise find the header anywhere and check that all its values are in the file.
  in.seekg(0);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t at = bytes.size(); at-- > 0;) {
    std::size_t headerLength = 0;
    if (headerAt(bytes.data() + at, bytes.size() - at, expectedBytes, &headerLength))
      return bytes.size() >= at + headerLength + expectedBytes;
  }
  return true;  // no header with the expected length: trust the decoder
}

bool isNative(const gdcm::TransferSyntax& ts) {
  return ts == gdcm::TransferSyntax::ImplicitVRLittleEndian || ts == gdcm::TransferSyntax::ExplicitVRLittleEndian;
}

}  // namespace

std::size_t DicomPixelDecoder::decode(const std::filesystem::path& file, const std::vector<Target>& targets) {
  gdcm::ImageReader reader;
  reader.SetFileName(file.string().c_str());
  if (!reader.Read()) {
    if (!reader.GetFile().GetDataSet().FindDataElement(dicom::tags::PixelData))
      throw fail(file, tr("has no pixel data (or is truncated before it)"));
    throw fail(file, tr("the image data cannot be read (corrupt or truncated file)"));
  }
  const gdcm::Image& image = reader.GetImage();
  const gdcm::PixelFormat& format = image.GetPixelFormat();
  if (format.GetSamplesPerPixel() != 1)
    throw fail(file, tr("is a colour image (%1 samples per pixel), not a CT slice").arg(format.GetSamplesPerPixel()));
  if (format.GetBitsAllocated() != 16)
    throw fail(file, tr("has %1 bits per pixel; CT images have 16").arg(format.GetBitsAllocated()));

  const unsigned int* dims = image.GetDimensions();
  const std::size_t frameVoxels = static_cast<std::size_t>(dims[0]) * dims[1];
  const std::size_t frames = image.GetNumberOfDimensions() > 2 ? dims[2] : 1;
  const std::size_t expected = frameVoxels * frames * sizeof(uint16_t);
  if (image.GetBufferLength() < expected) throw fail(file, tr("the pixel data is shorter than the image size (truncated file)"));

  if (isNative(image.GetTransferSyntax()) && !nativePixelDataComplete(file, expected))
    throw fail(file, tr("the pixel data is shorter than the image size (truncated file)"));

  std::vector<uint16_t> buffer(image.GetBufferLength() / sizeof(uint16_t));
  if (!image.GetBuffer(reinterpret_cast<char*>(buffer.data())))
    throw fail(file, tr("the pixel data cannot be decoded (transfer syntax %1)")
                         .arg(QString::fromLatin1(image.GetTransferSyntax().GetString())));

  const StoredValueDecoder stored{format.GetBitsStored(), format.GetPixelRepresentation() == 1};
  std::size_t clamped = 0;
  for (const Target& target : targets) {
    const DicomFrameHeader& h = *target.frame;
    if (static_cast<std::size_t>(h.rows) * h.columns != frameVoxels || static_cast<std::size_t>(h.frame) >= frames)
      throw fail(file, tr("the pixel data does not match Rows/Columns/Number of Frames"));
    clamped += toHounsfield(buffer.data() + frameVoxels * h.frame, frameVoxels, stored, h.rescaleSlope,
                            h.rescaleIntercept, target.destination);
  }
  return clamped;
}

}  // namespace heaorta
