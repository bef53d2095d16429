#include "app/gui/StudySession.h"

#include "app/gui/editing/LabelEditSession.h"
#include "segmentation/Segmenter.h"

namespace heaorta {

StudySession::StudySession(QObject* parent) : QObject(parent), edits_(new LabelEditSession(this)) {}

void StudySession::open(std::shared_ptr<Volume> volume, const std::filesystem::path& source) {
  volume_ = std::move(volume);
  labels_.reset();
  bone_.reset();
  arteries_ = ArteryAssignments(volume_->geometry());
  source_ = source;
  segmenter_ = nullptr;
  segmenterKey_.clear();
  segmentationNotices_.clear();
  Q_EMIT opened();
}

void StudySession::replaceMasks(std::shared_ptr<LabelMap> labels, std::shared_ptr<VoxelImage<uint8_t>> bone,
                                std::optional<ArteryAssignments> arteries, TextSource origin, const QString& originKey, const Notices& notices) {
  labels_ = std::move(labels);
  bone_ = std::move(bone);
  arteries_ = arteries ? std::move(*arteries) : ArteryAssignments(volume_->geometry());
  segmenter_ = std::move(origin);
  segmenterKey_ = originKey;
  segmentationNotices_ = notices;
  Q_EMIT labelsReplaced();
}

void StudySession::setSegmentation(SegmentationResult&& result) {
  replaceMasks(std::make_shared<LabelMap>(std::move(result.labels)), std::make_shared<VoxelImage<uint8_t>>(std::move(result.bone)), std::nullopt,
               std::move(result.segmenter), result.segmenterKey, result.notices);
}

void StudySession::setLabels(std::shared_ptr<LabelMap> labels, TextSource origin, std::shared_ptr<VoxelImage<uint8_t>> bone,
                             std::optional<ArteryAssignments> arteries) {
  replaceMasks(std::move(labels), std::move(bone), std::move(arteries), std::move(origin), QStringLiteral("file"), {});
}

void StudySession::restoreMasks(std::shared_ptr<LabelMap> labels, std::shared_ptr<VoxelImage<uint8_t>> bone, ArteryAssignments arteries,
                                const QString& segmenterKey, const QString& segmenterName, const Notices& notices) {
  replaceMasks(
      std::move(labels), std::move(bone), std::move(arteries), [segmenterName] { return tr("%1 (restored after a crash)").arg(segmenterName); },
      segmenterKey, notices);
}

void StudySession::close() {
  volume_.reset();
  labels_.reset();
  bone_.reset();
  source_.clear();
  Q_EMIT closed();
}

}  // namespace heaorta
