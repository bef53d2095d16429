#include "core/util/RegularFile.h"

#include "core/util/Error.h"

namespace heaorta {

void RegularFile::require(const std::filesystem::path& file) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status) || std::filesystem::is_regular_file(status) || std::filesystem::is_directory(status)) return;
  throw HeaortaError(ErrorCode::InvalidInput,
                     tr("%1: not a regular file (a pipe, socket or device): nothing is read from it").arg(QString::fromStdString(file.string())));
}

}  // namespace heaorta
