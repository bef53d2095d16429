#include "core/batch/BatchManifest.h"

#include "core/util/Error.h"

#include <QFile>

namespace heaorta {

bool BatchManifest::isManifest(const std::filesystem::path& input) {
  std::error_code ec;
  const std::string ext = input.extension().string();
  return std::filesystem::is_regular_file(input, ec) && (ext == ".txt" || ext == ".lst" || ext == ".manifest");
}

std::vector<std::filesystem::path> BatchManifest::read(const std::filesystem::path& manifest) {
  QFile file(QString::fromStdString(manifest.string()));
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) throw HeaortaError(ErrorCode::NotFound, tr("%1: cannot be read").arg(file.fileName()));
  const std::filesystem::path base = manifest.parent_path();
  std::vector<std::filesystem::path> paths;
  while (!file.atEnd()) {
    const QString line = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0).trimmed();
    if (line.isEmpty()) continue;
    const std::filesystem::path path = line.toStdString();
    paths.push_back(path.is_absolute() ? path : base / path);
  }
  return paths;
}

}  // namespace heaorta
