#include "core/io/VolumeFileIO.h"

#include <itkMetaDataObject.h>

#include "core/io/ItkConversion.h"
#include "core/io/MetaImageHeaderCheck.h"
#include "core/io/NiftiHeaderCheck.h"
#include "core/io/VolumeLimits.h"
#include "core/io/VolumeImageIO.h"
#include "core/io/VolumeSidecar.h"
#include "core/util/Error.h"
#include "core/util/IsolatedWorker.h"
#include "core/util/RegularFile.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>
#include <cstring>
#include <itkImageFileReader.h>
#include <itkImageFileWriter.h>
#include <limits>

namespace fs = std::filesystem;

namespace heaorta {
namespace {

QString name(const fs::path& file) { return QString::fromStdString(file.string()); }

std::string lowerName(const fs::path& file) {
  std::string n = file.filename().string();
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
  return n;
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const char* formatName(VolumeFileFormat format) {
  switch (format) {
    case VolumeFileFormat::NIfTI:
      return "NIfTI";
    case VolumeFileFormat::NRRD:
      return "NRRD";
    case VolumeFileFormat::MetaImage:
      return "MetaImage";
    case VolumeFileFormat::Unknown:
      break;
  }
  return "unknown";
}

using FloatImage = itk::Image<float, 3>;

// Refuses what the reader would otherwise quietly reduce to a 3-D volume: more dimensions, vector
// voxels, an empty or an impossibly large grid.
void checkImageInformation(const itk::ImageIOBase& io, const fs::path& file) {
  std::vector<int64_t> dims;
  for (unsigned d = 0; d < io.GetNumberOfDimensions(); ++d) dims.push_back(static_cast<int64_t>(io.GetDimensions(d)));
  VolumeLimits::checkGrid(file, dims);
  if (io.GetNumberOfComponents() > 1)
    throw HeaortaError(ErrorCode::Unsupported, heaorta::VolumeFileIO::tr("%1: each voxel holds %2 values (a vector or colour image), not one Hounsfield unit")
                                                   .arg(name(file))
                                                   .arg(io.GetNumberOfComponents()));
}

// NRRD and MetaImage headers are parsed by third-party C code (teem, MetaIO) that we do not check
// ourselves as we check NIfTI's: a child process parses the header first, so that a header that
// crashes or hangs the parser costs this file only. The parse is deterministic: what the child
// survived, this process survives too.
void checkHeaderInChild(const fs::path& file, VolumeFileFormat format) {
  constexpr std::chrono::milliseconds kHeaderTimeout{30000};
  std::string answer;
  const IsolatedWorker::Outcome outcome = IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        try {
          const itk::ImageIOBase::Pointer io = imageIOFor(format);
          io->SetFileName(file.string());
          io->ReadImageInformation();
        } catch (const std::exception&) {  // refused: this process says so with the reader's own words
        }
        emit("parsed");
      },
      [&](std::string&& message) { answer = std::move(message); }, kHeaderTimeout);
  if (outcome.kind == IsolatedWorker::Outcome::Unavailable || answer == "parsed") return;
  throw HeaortaError(ErrorCode::InvalidInput, heaorta::VolumeFileIO::tr("%1: the %2 header stopped its parser (%3)")
                                                  .arg(name(file), QLatin1String(formatName(format)), QString::fromStdString(outcome.describe())));
}

// ITK's reader in this process: what the voxel child runs.
FloatImage::Pointer readHere(const fs::path& file, VolumeFileFormat format) {
  const itk::ImageIOBase::Pointer io = imageIOFor(format);
  auto reader = itk::ImageFileReader<FloatImage>::New();
  reader->SetFileName(file.string());
  reader->SetImageIO(io);
  try {
    // The header first: nothing is allocated for a volume we would refuse.
    io->SetFileName(file.string());
    io->ReadImageInformation();
    checkImageInformation(*io, file);
    reader->Update();
  } catch (const itk::ExceptionObject& e) {
    throw HeaortaError(ErrorCode::InvalidInput, heaorta::VolumeFileIO::tr("%1: cannot be read as %2 (%3)")
                                                    .arg(name(file), QLatin1String(formatName(format)), QString::fromLocal8Bit(e.GetDescription())));
  } catch (const HeaortaError&) {  // our own header checks: their words as they are
    throw;
  } catch (const std::exception& e) {  // MetaIO lets the standard library's through (found by VolumeFileFuzzer)
    throw HeaortaError(
        ErrorCode::InvalidInput,
        heaorta::VolumeFileIO::tr("%1: cannot be read as %2 (%3)").arg(name(file), QLatin1String(formatName(format)), QString::fromLocal8Bit(e.what())));
  }
  FloatImage::Pointer image = reader->GetOutput();
  const auto size = image->GetLargestPossibleRegion().GetSize();
  if (size[0] < 1 || size[1] < 1 || size[2] < 1)
    throw HeaortaError(ErrorCode::InvalidInput, heaorta::VolumeFileIO::tr("%1: the image is empty").arg(name(file)));
  return image;
}

std::string packedGeometry(const ImageGeometry& g) {
  std::string bytes;
  const auto put = [&bytes](const void* data, std::size_t size) { bytes.append(static_cast<const char*>(data), size); };
  put(g.size.data(), sizeof g.size);
  put(g.spacing.data(), 3 * sizeof(double));
  put(g.origin.data(), 3 * sizeof(double));
  put(g.direction.data(), 9 * sizeof(double));
  return bytes;
}

bool unpackGeometry(const std::string& bytes, ImageGeometry& g) {
  if (bytes.size() != sizeof g.size + 15 * sizeof(double)) return false;
  const char* at = bytes.data();
  const auto get = [&at](void* data, std::size_t size) {
    std::memcpy(data, at, size);
    at += size;
  };
  get(g.size.data(), sizeof g.size);
  get(g.spacing.data(), 3 * sizeof(double));
  get(g.origin.data(), 3 * sizeof(double));
  get(g.direction.data(), 9 * sizeof(double));
  return g.size[0] > 0 && g.size[1] > 0 && g.size[2] > 0 && static_cast<int64_t>(g.voxelCount()) <= VolumeLimits::kMaxVoxels;
}

// The voxels are read by ITK's readers (teem, MetaIO, niftilib) in a child process too, and come
// back through the pipe: those C libraries are not checked by our sanitizers, and a damaged file
// that makes one write past its buffer (MetaIO did, on NDims = 0) corrupts the heap of the process
// it runs in; here that is the child's. The child answers 'g' and the grid, then 'v' and the
// voxels in pieces, or 'e' and a refusal.
FloatImage::Pointer readVoxelsInChild(const fs::path& file, VolumeFileFormat format) {
  constexpr std::chrono::milliseconds kReadTimeout{300000};  // a large .nii.gz inflates for seconds
  constexpr std::size_t kPiece = 1 << 20;
  FloatImage::Pointer image;
  std::size_t filled = 0, total = 0;
  std::optional<HeaortaError> refused;
  const IsolatedWorker::Outcome outcome = IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        FloatImage::Pointer read;
        try {
          read = readHere(file, format);
        } catch (const HeaortaError& e) {
          emit('e' + e.encode());
          return;
        }
        emit('g' + packedGeometry(geometryOf(read.GetPointer())));
        const char* bytes = reinterpret_cast<const char*>(read->GetBufferPointer());
        const std::size_t size = read->GetPixelContainer()->Size() * sizeof(float);
        for (std::size_t at = 0; at < size; at += kPiece) emit('v' + std::string(bytes + at, std::min(kPiece, size - at)));
      },
      [&](std::string&& message) {
        if (message.empty()) return;
        if (message[0] == 'e') {
          refused.emplace(HeaortaError::decode(message.substr(1)));
        } else if (message[0] == 'g' && !image) {
          ImageGeometry geometry;
          if (!unpackGeometry(message.substr(1), geometry)) return;
          image = FloatImage::New();
          applyGeometry(geometry, image.GetPointer());
          image->Allocate();
          total = geometry.voxelCount() * sizeof(float);
        } else if (message[0] == 'v' && image) {
          const std::size_t n = std::min(message.size() - 1, total - filled);
          std::memcpy(reinterpret_cast<char*>(image->GetBufferPointer()) + filled, message.data() + 1, n);
          filled += n;
        }
      },
      kReadTimeout);
  if (outcome.kind == IsolatedWorker::Outcome::Unavailable) return readHere(file, format);  // no process to spare
  if (refused) throw *refused;
  if (outcome.kind != IsolatedWorker::Outcome::Finished || !image || filled != total)
    throw HeaortaError(ErrorCode::InvalidInput, heaorta::VolumeFileIO::tr("%1: the %2 reader stopped on this file (%3)")
                                                    .arg(name(file), QLatin1String(formatName(format)), QString::fromStdString(outcome.describe())));
  return image;
}

// Reads any scalar pixel type as float: every integer type we meet in CT and labels fits.
FloatImage::Pointer readAsFloat(const fs::path& file) {
  const VolumeFileFormat format = VolumeFileIO::formatOf(file);
  if (format == VolumeFileFormat::Unknown)
    throw HeaortaError(ErrorCode::Unsupported,
                       heaorta::VolumeFileIO::tr("%1: unknown volume format (use .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd)").arg(name(file)));
  std::error_code ec;
  if (!fs::exists(file, ec)) throw HeaortaError(ErrorCode::NotFound, heaorta::VolumeFileIO::tr("%1: no such file").arg(name(file)));
  RegularFile::require(file);
  if (!std::ifstream(file, std::ios::binary))
    throw HeaortaError(ErrorCode::PermissionDenied, heaorta::VolumeFileIO::tr("%1: cannot be opened (permission denied)").arg(name(file)));
  if (format == VolumeFileFormat::NIfTI) {
    NiftiHeaderCheck::check(file);
  } else {
    if (format == VolumeFileFormat::MetaImage) MetaImageHeaderCheck::check(file);
    checkHeaderInChild(file, format);
  }
  return readVoxelsInChild(file, format);
}

// Writes through a temporary file so a failed write (full disk) never destroys an existing file.
template <typename TImage>
void writeImage(const TImage* image, const fs::path& file, bool compress) {
  const VolumeFileFormat format = VolumeFileIO::formatOf(file);
  if (format == VolumeFileFormat::Unknown)
    throw HeaortaError(ErrorCode::Unsupported,
                       heaorta::VolumeFileIO::tr("%1: unknown volume format (use .nii, .nii.gz, .nrrd, .nhdr, .mha or .mhd)").arg(name(file)));
  // Keep the real extension at the end so that ITK picks the right compression.
  const fs::path temporary = file.parent_path() / (".partial-" + file.filename().string());
  auto writer = itk::ImageFileWriter<TImage>::New();
  writer->SetInput(image);
  writer->SetFileName(temporary.string());
  writer->SetImageIO(imageIOFor(format));
  writer->SetUseCompression(compress);
  try {
    writer->Update();
  } catch (const itk::ExceptionObject& e) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    throw HeaortaError(ErrorCode::WriteFailed,
                       heaorta::VolumeFileIO::tr("%1: cannot be written (%2)").arg(name(file), QString::fromLocal8Bit(e.GetDescription())));
  }
  std::error_code ec;
  fs::rename(temporary, file, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw HeaortaError(ErrorCode::WriteFailed, heaorta::VolumeFileIO::tr("%1: cannot be written").arg(name(file)));
  }
}

bool wantsCompression(const fs::path& file) {
  const std::string n = lowerName(file);
  return endsWith(n, ".gz") || endsWith(n, ".nrrd") || endsWith(n, ".mha");
}

}  // namespace

VolumeFileFormat VolumeFileIO::formatOf(const fs::path& file) {
  const std::string n = lowerName(file);
  if (endsWith(n, ".nii") || endsWith(n, ".nii.gz")) return VolumeFileFormat::NIfTI;
  if (endsWith(n, ".nrrd") || endsWith(n, ".nhdr")) return VolumeFileFormat::NRRD;
  if (endsWith(n, ".mha") || endsWith(n, ".mhd")) return VolumeFileFormat::MetaImage;
  return VolumeFileFormat::Unknown;
}

std::pair<std::string, std::string> VolumeFileIO::splitName(const fs::path& file) {
  const std::string n = file.filename().string();
  const std::string lower = lowerName(file);
  for (const char* ext : {".nii.gz", ".nii", ".nrrd", ".nhdr", ".mha", ".mhd"})
    if (endsWith(lower, ext)) {
      const std::size_t stem = n.size() - std::char_traits<char>::length(ext);
      return {n.substr(0, stem), n.substr(stem)};
    }
  return {n, {}};
}

fs::path VolumeFileIO::sidecarPath(const fs::path& file) { return file.parent_path() / (splitName(file).first + ".json"); }

Volume VolumeFileIO::readVolume(const fs::path& file) {
  const FloatImage::Pointer image = readAsFloat(file);
  Volume volume(geometryOf(image.GetPointer()));
  const float* src = image->GetBufferPointer();
  int16_t* dst = volume.data();
  std::size_t clamped = 0;
  constexpr float lo = std::numeric_limits<int16_t>::min();
  constexpr float hi = std::numeric_limits<int16_t>::max();
  for (std::size_t i = 0, n = volume.geometry().voxelCount(); i < n; ++i) {
    float v = std::round(src[i]);
    if (!(v >= lo && v <= hi)) {
      ++clamped;
      v = std::isnan(v) ? lo : std::clamp(v, lo, hi);
    }
    dst[i] = static_cast<int16_t>(v);
  }
  ScanMetadata& meta = volume.metadata();
  VolumeSidecar::read(sidecarPath(file), meta);
  meta.sourceFormat = formatName(formatOf(file));
  if (clamped > 0)
    meta.loadNotices.push_back(
        {QStringLiteral("hu-clamped"), tr("%n voxel(s) fell outside the 16-bit HU range and were clamped.", nullptr, static_cast<int>(clamped))});
  if (!volume.geometry().isOrthonormal())
    meta.loadNotices.push_back({QStringLiteral("non-orthonormal"), tr("The file's axes are not perpendicular (sheared grid).")});
  return volume;
}

void VolumeFileIO::writeVolume(const Volume& volume, const fs::path& file) {
  const auto image = wrapAsItkImage(volume.geometry(), volume.data());
  writeImage(image.GetPointer(), file, wantsCompression(file));
  if (!VolumeSidecar::write(volume.metadata(), sidecarPath(file)))
    throw HeaortaError(ErrorCode::WriteFailed, tr("%1: cannot be written").arg(name(sidecarPath(file))));
}

LabelMap VolumeFileIO::readLabelMap(const fs::path& file) {
  const FloatImage::Pointer image = readAsFloat(file);
  LabelMap labels(geometryOf(image.GetPointer()));
  const float* src = image->GetBufferPointer();
  uint8_t* dst = labels.data();
  for (std::size_t i = 0, n = labels.geometry().voxelCount(); i < n; ++i) {
    const float v = src[i];
    if (!(v >= 0.0f && v <= 255.0f) || v != std::floor(v))
      throw HeaortaError(ErrorCode::InvalidInput,
                         tr("%1: not a label map (found the value %2; labels are whole numbers 0-255)").arg(name(file)).arg(v));
    dst[i] = static_cast<uint8_t>(v);
  }
  return labels;
}

void VolumeFileIO::writeLabelMap(const LabelMap& labels, const fs::path& file) { writeLabelMap(labels, file, {}); }

void VolumeFileIO::writeLabelMap(const LabelMap& labels, const fs::path& file, const std::vector<std::pair<std::string, std::string>>& headerFields) {
  const auto image = wrapAsItkImage(labels.geometry(), labels.data());
  itk::MetaDataDictionary& dictionary = image->GetMetaDataDictionary();
  for (const auto& [key, value] : headerFields) itk::EncapsulateMetaData<std::string>(dictionary, key, value);
  writeImage(image.GetPointer(), file, wantsCompression(file));
}

}  // namespace heaorta
