#include "core/dicom/DicomPixelDecoder.h"

#include "core/dicom/DicomTags.h"
#include "core/util/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <gdcmImageReader.h>
#include <gdcmSequenceOfFragments.h>
#include <iterator>
#include <limits>
#include <memory>

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

// The common case (slope 1, whole intercept) in integer arithmetic without branches, so that the
// compiler vectorises it: sign extension by shifts, clamping by min/max.
template <bool Signed>
std::size_t toHounsfieldIntegral(const uint16_t* src, std::size_t count, int bitsStored, int offset, int16_t* dst) {
  constexpr int lo = std::numeric_limits<int16_t>::min();
  constexpr int hi = std::numeric_limits<int16_t>::max();
  const int bits = std::clamp(bitsStored, 1, 16);
  const int shift = 32 - bits;
  const uint32_t mask = (1u << bits) - 1u;
  std::size_t clamped = 0;
  for (std::size_t p = 0; p < count; ++p) {
    const int value = Signed ? static_cast<int32_t>(static_cast<uint32_t>(src[p]) << shift) >> shift : static_cast<int>(src[p] & mask);
    const int hu = value + offset;
    const int kept = std::min(std::max(hu, lo), hi);
    clamped += kept != hu;
    dst[p] = static_cast<int16_t>(kept);
  }
  return clamped;
}

std::size_t toHounsfield(const uint16_t* src, std::size_t count, const StoredValueDecoder& stored, double slope, double intercept, int16_t* dst) {
  if (slope == 1.0 && intercept == std::floor(intercept) && std::abs(intercept) < 65536.0) {
    const int offset = static_cast<int>(intercept);
    return stored.isSigned ? toHounsfieldIntegral<true>(src, count, stored.bitsStored, offset, dst)
                           : toHounsfieldIntegral<false>(src, count, stored.bitsStored, offset, dst);
  }
  constexpr long lo = std::numeric_limits<int16_t>::min();
  constexpr long hi = std::numeric_limits<int16_t>::max();
  std::size_t clamped = 0;
  for (std::size_t p = 0; p < count; ++p) {
    const long hu = std::lround(stored(src[p]) * slope + intercept);
    clamped += hu < lo || hu > hi;
    dst[p] = static_cast<int16_t>(std::clamp(hu, lo, hi));
  }
  return clamped;
}

// A JPEG, JPEG-LS or JPEG 2000 stream ends with its end marker (FF D9), perhaps followed by the one
// padding byte that keeps a fragment's length even. GDCM reads a file cut inside its last fragment
// without complaint, and the codec fills the missing pixels with whatever it had: the voxels would
// be wrong without a word (seen with JPEG lossless). A cut file lacks the marker.
bool compressedStreamComplete(const gdcm::DataSet& ds, const gdcm::TransferSyntax& syntax) {
  if (!syntax.IsEncapsulated() || syntax == gdcm::TransferSyntax::RLELossless || !ds.FindDataElement(dicom::tags::PixelData)) return true;
  const gdcm::SequenceOfFragments* fragments = ds.GetDataElement(dicom::tags::PixelData).GetSequenceOfFragments();
  if (!fragments || fragments->GetNumberOfFragments() == 0) return false;
  const gdcm::ByteValue* last = fragments->GetFragment(fragments->GetNumberOfFragments() - 1).GetByteValue();
  if (!last || last->GetLength() < 2) return false;
  const auto* bytes = reinterpret_cast<const unsigned char*>(last->GetPointer());
  std::size_t end = last->GetLength();
  if (bytes[end - 1] == 0x00 && end >= 3) --end;
  return bytes[end - 2] == 0xFF && bytes[end - 1] == 0xD9;
}

// A per-thread buffer that only grows: decoding hundreds of slices must not fault in fresh
// pages for every file.
char* scratch(std::size_t bytes) {
  thread_local std::unique_ptr<char[]> buffer;
  thread_local std::size_t capacity = 0;
  if (bytes > capacity) {
    buffer.reset(new char[bytes]);
    capacity = bytes;
  }
  return buffer.get();
}

// Where a Pixel Data element header (tag 7FE0,0010 with the expected length) starts in `p`.
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

// Native files almost always end with Pixel Data: read just that block. Returns null when the
// header is not where it would be (other layouts go through GDCM).
const uint16_t* readTrailingPixelData(const std::filesystem::path& file, uint64_t expectedBytes) {
  std::FILE* f = std::fopen(file.c_str(), "rb");
  if (!f) return nullptr;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, &std::fclose);
  if (std::fseek(f, 0, SEEK_END) != 0) return nullptr;
  const long size = std::ftell(f);
  if (size < 0 || static_cast<uint64_t>(size) < expectedBytes + 12) return nullptr;
  const uint64_t start = static_cast<uint64_t>(size) - expectedBytes - 12;
  char* buffer = scratch(expectedBytes + 12);
  if (std::fseek(f, static_cast<long>(start), SEEK_SET) != 0 || std::fread(buffer, 1, expectedBytes + 12, f) != expectedBytes + 12) return nullptr;
  std::size_t headerLength = 0;
  if (headerAt(buffer, 12, expectedBytes, &headerLength) && headerLength == 12) return reinterpret_cast<uint16_t*>(buffer + 12);
  if (headerAt(buffer + 4, 8, expectedBytes, &headerLength) && headerLength == 8) return reinterpret_cast<uint16_t*>(buffer + 12);
  return nullptr;
}

// GDCM pads a truncated native Pixel Data element and only warns: find the header anywhere and
// check that the file holds all of its values.
bool nativePixelDataComplete(const std::filesystem::path& file, uint64_t expectedBytes) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t at = bytes.size(); at-- > 0;) {
    std::size_t headerLength = 0;
    if (headerAt(bytes.data() + at, bytes.size() - at, expectedBytes, &headerLength)) return bytes.size() >= at + headerLength + expectedBytes;
  }
  return true;  // no header with the expected length: trust the decoder
}

std::size_t convertFrames(const std::filesystem::path& file, const uint16_t* pixels, std::size_t frameVoxels, std::size_t frames,
                          const StoredValueDecoder& stored, const std::vector<DicomPixelDecoder::Target>& targets) {
  std::size_t clamped = 0;
  for (const DicomPixelDecoder::Target& target : targets) {
    const DicomFrameHeader& h = *target.frame;
    if (static_cast<std::size_t>(h.rows) * h.columns != frameVoxels || static_cast<std::size_t>(h.frame) >= frames)
      throw fail(file, heaorta::DicomPixelDecoder::tr("the pixel data does not match Rows/Columns/Number of Frames"));
    clamped += toHounsfield(pixels + frameVoxels * h.frame, frameVoxels, stored, h.rescaleSlope, h.rescaleIntercept, target.destination);
  }
  return clamped;
}

}  // namespace

std::optional<std::size_t> DicomPixelDecoder::decodeOwn(const std::filesystem::path& file, const std::vector<Target>& targets) {
  const DicomFrameHeader& first = *targets.front().frame;
  const std::size_t headerVoxels = static_cast<std::size_t>(first.rows) * first.columns;
  const std::size_t headerFrames = static_cast<std::size_t>(first.framesInFile);
  if (!DicomPixelDecoder::isNative(first.transferSyntaxUid) || first.bitsAllocated != 16 || first.samplesPerPixel != 1) return std::nullopt;
  const uint16_t* pixels = readTrailingPixelData(file, headerVoxels * headerFrames * 2);
  if (!pixels) return std::nullopt;
  return convertFrames(file, pixels, headerVoxels, headerFrames, {first.bitsStored, first.pixelRepresentation == 1}, targets);
}

std::size_t DicomPixelDecoder::decode(const std::filesystem::path& file, const std::vector<Target>& targets) {
  if (const std::optional<std::size_t> clamped = decodeOwn(file, targets)) return *clamped;

  gdcm::ImageReader reader;
  reader.SetFileName(file.string().c_str());
  if (!reader.Read()) {
    if (!reader.GetFile().GetDataSet().FindDataElement(dicom::tags::PixelData)) throw fail(file, tr("has no pixel data (or is truncated before it)"));
    throw fail(file, tr("the image data cannot be read (corrupt or truncated file)"));
  }
  const gdcm::Image& image = reader.GetImage();
  const gdcm::PixelFormat& format = image.GetPixelFormat();
  if (format.GetSamplesPerPixel() != 1)
    throw fail(file, tr("is a colour image (%1 samples per pixel), not a CT slice").arg(format.GetSamplesPerPixel()));
  if (format.GetBitsAllocated() != 16) throw fail(file, tr("has %1 bits per pixel; CT images have 16").arg(format.GetBitsAllocated()));

  const unsigned int* dims = image.GetDimensions();
  const std::size_t frameVoxels = static_cast<std::size_t>(dims[0]) * dims[1];
  const std::size_t frames = image.GetNumberOfDimensions() > 2 ? dims[2] : 1;
  const std::size_t expected = frameVoxels * frames * sizeof(uint16_t);
  if (image.GetBufferLength() < expected) throw fail(file, tr("the pixel data is shorter than the image size (truncated file)"));
  const StoredValueDecoder stored{format.GetBitsStored(), format.GetPixelRepresentation() == 1};
  if (!compressedStreamComplete(reader.GetFile().GetDataSet(), image.GetTransferSyntax()))
    throw fail(file, tr("the compressed pixel data ends early (truncated file)"));

  if (DicomPixelDecoder::isNative(image.GetTransferSyntax().GetString())) {
    // The element's bytes are the pixels: no codec, no copy. Never GDCM's GetBuffer for a short
    // element: it copies the image size from the element and reads past its end (found by
    // DicomSeriesFuzzer: 384 bytes of pixel data under 12 x 65296 pixels became heap bytes).
    const gdcm::ByteValue* raw = reader.GetFile().GetDataSet().GetDataElement(dicom::tags::PixelData).GetByteValue();
    if (!raw || raw->GetLength() < expected || !nativePixelDataComplete(file, expected))
      throw fail(file, tr("the pixel data is shorter than the image size (truncated file)"));
    return convertFrames(file, reinterpret_cast<const uint16_t*>(raw->GetPointer()), frameVoxels, frames, stored, targets);
  }
  char* buffer = scratch(image.GetBufferLength());
  if (!image.GetBuffer(buffer))
    throw fail(file, tr("the pixel data cannot be decoded (transfer syntax %1)").arg(QString::fromLatin1(image.GetTransferSyntax().GetString())));
  return convertFrames(file, reinterpret_cast<const uint16_t*>(buffer), frameVoxels, frames, stored, targets);
}

}  // namespace heaorta
