#include "core/io/NiftiHeaderCheck.h"

#include "core/io/VolumeLimits.h"
#include "core/util/Error.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>
#include <zlib.h>

namespace heaorta {
namespace {

QString name(const std::filesystem::path& file) { return QString::fromStdString(file.string()); }

struct GzCloser {
  void operator()(gzFile f) const { gzclose(f); }
};
using GzFile = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

template <typename T>
T field(const char* header, std::size_t offset, bool swap) {
  T v;
  std::memcpy(&v, header + offset, sizeof v);
  if (swap) {
    auto* b = reinterpret_cast<unsigned char*>(&v);
    for (std::size_t i = 0; i < sizeof v / 2; ++i) std::swap(b[i], b[sizeof v - 1 - i]);
  }
  return v;
}

bool isCifti(int intent) { return intent >= 3000 && intent <= 3099; }

// Non-finite values among `count` voxels of a float type, read after the header.
uint64_t countNonFinite(gzFile in, int64_t count, int datatype, bool swap) {
  const int bytes = datatype == 16 ? 4 : 8;
  std::vector<char> buffer(1 << 20);
  uint64_t found = 0;
  int64_t left = count;
  while (left > 0) {
    const int64_t n = std::min<int64_t>(left, static_cast<int64_t>(buffer.size()) / bytes);
    if (gzread(in, buffer.data(), static_cast<unsigned>(n * bytes)) != n * bytes) break;  // short: ITK says truncated
    for (int64_t i = 0; i < n; ++i) {
      const double v = bytes == 4 ? field<float>(buffer.data(), i * 4, swap) : field<double>(buffer.data(), i * 8, swap);
      found += !std::isfinite(v);
    }
    left -= n;
  }
  return found;
}

}  // namespace

void NiftiHeaderCheck::check(const std::filesystem::path& file) {
  GzFile in(gzopen(file.string().c_str(), "rb"));
  if (!in) return;  // ITK reports what it cannot open
  std::array<char, 540> h{};
  const int got = gzread(in.get(), h.data(), static_cast<unsigned>(h.size()));
  if (got < 348) throw HeaortaError(ErrorCode::InvalidInput, tr("%1: too short for a NIfTI header (%2 bytes)").arg(name(file)).arg(std::max(got, 0)));
  const int32_t size = field<int32_t>(h.data(), 0, false);
  const bool swap = size == 0x5C010000 || size == 0x1C020000;  // 348 or 540 written big-endian
  const int32_t headerSize = field<int32_t>(h.data(), 0, swap);
  if (headerSize == 540) {
    const int32_t intent = got >= 508 ? field<int32_t>(h.data(), 504, swap) : 0;
    if (isCifti(intent))
      throw HeaortaError(ErrorCode::Unsupported, tr("%1: a CIFTI file (brain surface and grayordinate data), not a CT volume").arg(name(file)));
    throw HeaortaError(ErrorCode::Unsupported, tr("%1: a NIfTI-2 file, which this version cannot read; save the volume as NIfTI-1").arg(name(file)));
  }
  if (headerSize != 348)
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: not a NIfTI file (the header size is %2, not 348)").arg(name(file)).arg(headerSize));

  const int16_t rank = field<int16_t>(h.data(), 40, swap);
  const int16_t intent = field<int16_t>(h.data(), 68, swap);
  const int16_t datatype = field<int16_t>(h.data(), 70, swap);
  if (isCifti(intent))
    throw HeaortaError(ErrorCode::Unsupported, tr("%1: a CIFTI file (brain surface and grayordinate data), not a CT volume").arg(name(file)));
  if (rank < 1 || rank > 7)
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the header declares %2 dimensions (1 to 7 are possible)").arg(name(file)).arg(rank));
  // ITK would read a size of 0 as 1 and a 4-D file as its first volume: the grid is judged here.
  std::vector<int64_t> dims;
  for (int d = 1; d <= rank; ++d) dims.push_back(field<int16_t>(h.data(), 40 + 2 * d, swap));
  const int64_t voxels = VolumeLimits::checkGrid(file, dims);
  if (datatype == 16 || datatype == 64) {  // float32, float64: look for what ITK would turn into 0 HU
    const float offset = field<float>(h.data(), 108, swap);
    if (!(offset >= 348.0f && offset < 1e9f)) return;  // ITK judges a data offset that makes no sense
    if (gzseek(in.get(), static_cast<z_off_t>(offset), SEEK_SET) < 0) return;
    const uint64_t bad = countNonFinite(in.get(), voxels, datatype, swap);
    if (bad > 0)
      throw HeaortaError(ErrorCode::InvalidInput, tr("%1: %n voxel(s) are not numbers (NaN) or infinite; a CT volume holds finite Hounsfield units",
                                                     nullptr, static_cast<int>(std::min<uint64_t>(bad, INT32_MAX)))
                                                      .arg(name(file)));
  }
}

}  // namespace heaorta
