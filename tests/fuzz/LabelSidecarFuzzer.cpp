// The lesion assignments beside a saved label map (JSON): refused with a message or read, never a
// crash, never a bone-mask path outside the label map's folder.
#include "core/io/LabelSidecarFormat.h"
#include "core/util/Error.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  static const heaorta::ImageGeometry grid{{8, 6, 4}, {1, 1, 2}, {0, 0, 0}, Eigen::Matrix3d::Identity()};
  try {
    const auto c = heaorta::LabelSidecarFormat::parse(QByteArray(reinterpret_cast<const char*>(data), static_cast<int>(size)), grid, "fuzz");
    if (c.boneFile.contains(QLatin1Char('/'))) std::abort();
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
