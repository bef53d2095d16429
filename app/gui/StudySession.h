#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/model/ArteryAssignments.h"
#include "core/model/LabelMap.h"
#include "core/model/Notice.h"
#include "core/model/Volume.h"

#include <QObject>
#include <filesystem>
#include <memory>
#include <optional>

namespace heaorta {

struct SegmentationResult;
class LabelEditSession;

// The study open in the workstation: the CT, its labels (the one source of truth for every
// mask-derived number), the bone to exclude, the reader's artery assignments, and who made the masks.
class StudySession : public QObject {
  Q_OBJECT

 public:
  explicit StudySession(QObject* parent = nullptr);

  void open(std::shared_ptr<Volume> volume, const std::filesystem::path& source);
  void setSegmentation(SegmentationResult&& result);
  // Labels from a file (with the bone mask and artery assignments saved beside them, if any).
  void setLabels(std::shared_ptr<LabelMap> labels, TextSource origin, std::shared_ptr<VoxelImage<uint8_t>> bone = nullptr,
                 std::optional<ArteryAssignments> arteries = std::nullopt);
  // Masks restored from an autosave, with the segmenter that made them and its cautions.
  void restoreMasks(std::shared_ptr<LabelMap> labels, std::shared_ptr<VoxelImage<uint8_t>> bone, ArteryAssignments arteries,
                    const QString& segmenterKey, const QString& segmenterName, const Notices& notices);
  void close();

  bool isOpen() const { return volume_ != nullptr; }
  std::shared_ptr<const Volume> volume() const { return volume_; }
  std::shared_ptr<LabelMap> labels() const { return labels_; }
  std::shared_ptr<VoxelImage<uint8_t>> bone() const { return bone_; }
  ArteryAssignments& arteries() { return arteries_; }
  // The reader's corrections of these labels (undo history, autosave); lives as long as the session.
  LabelEditSession* edits() const { return edits_; }
  const std::filesystem::path& source() const { return source_; }
  // Which segmenter made the masks, in the language installed now.
  QString segmenter() const { return segmenter_ ? segmenter_() : QString(); }
  const QString& segmenterKey() const { return segmenterKey_; }
  const Notices& segmentationNotices() const { return segmentationNotices_; }
  // The folder last indexed and what was found there (what the study browser lists).
  void setFolderIndex(const DicomIndex& index, const QString& folder) { index_ = index, indexFolder_ = folder; }
  const std::optional<DicomIndex>& folderIndex() const { return index_; }
  const QString& indexedFolder() const { return indexFolder_; }

 Q_SIGNALS:
  void opened();
  void labelsReplaced();
  void closed();

 private:
  void replaceMasks(std::shared_ptr<LabelMap> labels, std::shared_ptr<VoxelImage<uint8_t>> bone, std::optional<ArteryAssignments> arteries,
                    TextSource origin, const QString& originKey, const Notices& notices);

  std::shared_ptr<Volume> volume_;
  std::shared_ptr<LabelMap> labels_;
  std::shared_ptr<VoxelImage<uint8_t>> bone_;
  ArteryAssignments arteries_;
  std::filesystem::path source_;
  TextSource segmenter_;
  QString segmenterKey_;
  Notices segmentationNotices_;
  std::optional<DicomIndex> index_;
  QString indexFolder_;
  LabelEditSession* edits_;
};

}  // namespace heaorta
