#include "segmentation/SegmenterFactory.h"

#include "core/util/Error.h"
#include "segmentation/anatomy/AnatomicalSegmenter.h"
#include "segmentation/model/ModelSegmenter.h"

#include <QDir>
#include <QStandardPaths>

namespace heaorta {

std::filesystem::path SegmenterFactory::installedModel() {
  const QByteArray env = qgetenv("HEAORTA_MODEL");
  if (!env.isEmpty()) return env.toStdString();
  QStringList candidates;
  if (QCoreApplication::instance()) candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/heaorta/models/heaortanet.pt");
  for (const QString& dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
    candidates << dir + QStringLiteral("/heaorta/models/heaortanet.pt");
  for (const QString& c : candidates)
    if (QFileInfo::exists(c)) return QDir::cleanPath(c).toStdString();
  return {};
}

std::unique_ptr<Segmenter> SegmenterFactory::create(const SegmenterChoice& choice, Notices* notices) {
  if (!choice.model.empty()) return std::make_unique<ModelSegmenter>(choice.model, choice.device);
  const std::filesystem::path installed = installedModel();
  if (!installed.empty()) {
    try {
      return std::make_unique<ModelSegmenter>(installed, choice.device);
    } catch (const HeaortaError& e) {
      if (notices) notices->push_back({QStringLiteral("installed-model-rejected"), tr("The installed model was not used: %1").arg(e.message())});
    }
  }
  return std::make_unique<AnatomicalSegmenter>();
}

}  // namespace heaorta
