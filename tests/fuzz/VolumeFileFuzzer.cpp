// ITK's NRRD, MetaImage and NIfTI readers behind VolumeFileIO, as the program calls them (a child
// parses NRRD and MetaImage headers first): any bytes, never a crash, a hang or a leak in this
// process. The first byte picks the format (modulo 3; a NIfTI with the high bit set is .nii.gz, read
// through zlib by our header check and by ITK).
#include "core/io/VolumeFileIO.h"
#include "core/io/VolumeImageIO.h"
#include "core/util/Error.h"
#include "core/util/IsolatedWorker.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstdlib>

namespace {

enum class Header { Refused, Small, Large, StoppedItsParser, HungItsParser };

// What the header declares, parsed in a child: teem and MetaIO die on some headers (MetaIO's
// strcpy of a long field name into a 255-byte buffer aborts), which the program survives because
// it parses them in a child too. libFuzzer stops at 2 GB, so grids of more than 2^24 voxels (the
// program takes up to 2^31, MalformedInputCatalogueTest) are not read.
Header declaredGrid(const std::string& file) {
  std::string answer;
  const auto outcome = heaorta::IsolatedWorker::run(
      [&](const heaorta::IsolatedWorker::Emit& emit) {
        const itk::ImageIOBase::Pointer io = heaorta::imageIOFor(heaorta::VolumeFileIO::formatOf(file));
        try {
          io->SetFileName(file);
          io->ReadImageInformation();
        } catch (const itk::ExceptionObject&) {
          emit("refused");
          return;
        }
        double voxels = io->GetNumberOfComponents();
        for (unsigned d = 0; d < io->GetNumberOfDimensions(); ++d) voxels *= static_cast<double>(io->GetDimensions(d));
        emit(voxels <= double(1 << 24) ? "small" : "large");
      },
      [&](std::string&& message) { answer = std::move(message); }, std::chrono::seconds(10));
  if (outcome.kind == heaorta::IsolatedWorker::Outcome::Hung || outcome.kind == heaorta::IsolatedWorker::Outcome::Stuck) return Header::HungItsParser;
  if (outcome.kind != heaorta::IsolatedWorker::Outcome::Finished) return Header::StoppedItsParser;
  return answer == "small" ? Header::Small : answer == "large" ? Header::Large : Header::Refused;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const int format = data[0] % 3;
  const bool gzipped = format == 2 && (data[0] & 0x80) != 0;
  const std::string file = fuzzFile(data + 1, size - 1, format == 0 ? ".nrrd" : format == 1 ? ".mha" : gzipped ? ".nii.gz" : ".nii");
  const Header header = declaredGrid(file);
  // A header that hangs its parser costs the program 2 x 30 s in its header child and a refusal;
  // replaying that would exceed the fuzzer's time-out. (MetaIO on NDims = -3 did; the program now
  // refuses that before MetaIO, MetaImageHeaderCheck.)
  if (header == Header::Large || header == Header::HungItsParser) return 0;
  try {
    heaorta::VolumeFileIO::readVolume(file);
  } catch (const heaorta::HeaortaError&) {
  }
  try {
    heaorta::VolumeFileIO::readLabelMap(file);
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
