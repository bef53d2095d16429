#pragma once

#include "core/edit/EditStep.h"
#include "core/model/Notice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <filesystem>
#include <optional>

namespace heaorta {

// Crash-safe autosave of a reader's edits: a baseline (the masks before the first edit, written
// atomically) and a journal to which every committed step, undo and redo is appended and fsynced.
// After a crash, replaying the journal over the baseline gives exactly the masks after the last
// completed step. Records carry a checksum; a record torn by the crash is ignored.
class EditJournal {
  Q_DECLARE_TR_FUNCTIONS(heaorta::EditJournal)

 public:
  // Which study the edits belong to and who made the baseline masks.
  struct Manifest {
    QString source;  // path the study was opened from
    QString seriesInstanceUid;
    QString patient;
    QString origin;      // segmenter key, "file", ...
    QString originName;  // which segmenter made the masks, as shown
    Notices notices;     // its cautions (fallback used, contrast, ...), which a restore must keep
    ImageGeometry geometry;
    QJsonObject toJson() const;
    static Manifest fromJson(const QJsonObject& json);
  };

  struct Recovered {
    std::filesystem::path folder;
    Manifest manifest;
    LabelMap baseline;
    ArteryAssignments baselineArteries;
    std::optional<VoxelImage<uint8_t>> bone;  // never counted as calcium, as before the crash
    std::vector<EditStep> steps;
    std::size_t position = 0;  // steps[0, position) are applied
  };

  // The per-user folder under which each open study's journal lives.
  static std::filesystem::path defaultRoot();

  // Starts a journal in a new folder under `root`. Throws HeaortaError (CannotWrite) with a clear
  // message when the folder cannot be written (full disk, read-only).
  EditJournal(const std::filesystem::path& root, const Manifest& manifest, const LabelMap& baseline, const ArteryAssignments& baselineArteries,
              const VoxelImage<uint8_t>* bone = nullptr);
  // Continues a recovered journal.
  explicit EditJournal(const Recovered& recovered);
  ~EditJournal();
  EditJournal(const EditJournal&) = delete;
  EditJournal& operator=(const EditJournal&) = delete;

  void appendStep(const EditStep& step);
  void appendUndo();
  void appendRedo();
  // Removes the journal (the edits were saved, or the reader discarded them).
  void discard();
  const std::filesystem::path& folder() const { return folder_; }

  // Journals left under `root` by sessions that did not end cleanly, newest first.
  static std::vector<std::filesystem::path> pending(const std::filesystem::path& root);
  // Reads one; throws HeaortaError when it is unreadable.
  static Recovered read(const std::filesystem::path& folder);
  // The masks and artery assignments the recovered journal describes.
  static void replay(const Recovered& recovered, LabelMap& labels, ArteryAssignments& arteries);

 private:
  void append(uint8_t type, const QByteArray& payload);

  std::filesystem::path folder_;
  int fd_ = -1;
};

}  // namespace heaorta
