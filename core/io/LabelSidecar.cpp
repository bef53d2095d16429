#include "core/io/LabelSidecar.h"

#include "core/io/LabelMapAligner.h"
#include "core/io/LabelSidecarFormat.h"
#include "core/io/VolumeFileIO.h"
#include "core/util/AtomicFile.h"
#include "core/util/Error.h"

#include <QFile>

namespace heaorta {

std::filesystem::path LabelSidecar::pathFor(const std::filesystem::path& labelsFile) {
  return labelsFile.parent_path() / (labelsFile.filename().string() + ".heaorta.json");
}

std::filesystem::path LabelSidecar::bonePathFor(const std::filesystem::path& labelsFile) {
  const auto [stem, extension] = VolumeFileIO::splitName(labelsFile);
  return labelsFile.parent_path() / (stem + "-bone" + extension);
}

void LabelSidecar::write(const std::filesystem::path& labelsFile, const ArteryAssignments& arteries, const VoxelImage<uint8_t>* bone,
                         const QJsonObject& provenance, const QString& origin) {
  QString boneName;
  if (bone && !bone->empty()) {
    LabelMap mask(bone->geometry());
    mask.voxels().assign(bone->voxels().begin(), bone->voxels().end());
    VolumeFileIO::writeLabelMap(mask, bonePathFor(labelsFile));
    boneName = QString::fromStdString(bonePathFor(labelsFile).filename().string());
  }
  AtomicFile::write(pathFor(labelsFile), LabelSidecarFormat::write(arteries, boneName, provenance, origin));
}

std::optional<LabelSidecar::Contents> LabelSidecar::read(const std::filesystem::path& labelsFile, const ImageGeometry& grid) {
  QFile file(QString::fromStdString(pathFor(labelsFile).string()));
  if (!file.exists()) return std::nullopt;
  if (!file.open(QIODevice::ReadOnly))
    throw HeaortaError(ErrorCode::InvalidInput,
                       LabelSidecarFormat::tr("%1: the lesion assignments beside the label map are damaged").arg(file.fileName()));
  LabelSidecarFormat::Contents parsed = LabelSidecarFormat::parse(file.readAll(), grid, file.fileName());
  Contents c;
  c.arteries = std::move(parsed.arteries);
  if (!parsed.boneFile.isEmpty()) {
    const LabelMap mask = LabelMapAligner::alignTo(VolumeFileIO::readLabelMap(labelsFile.parent_path() / parsed.boneFile.toStdString()), grid);
    c.bone = VoxelImage<uint8_t>(grid, 0);
    c.bone->voxels().assign(mask.voxels().begin(), mask.voxels().end());
  }
  c.provenance = std::move(parsed.provenance);
  c.origin = std::move(parsed.origin);
  return c;
}
}  // namespace heaorta
