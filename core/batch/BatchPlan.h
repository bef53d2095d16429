#pragma once

#include "core/util/Progress.h"

#include <QCoreApplication>
#include <QString>
#include <filesystem>
#include <string>
#include <vector>

namespace heaorta {

// One series a cohort run scores.
struct BatchItem {
  QString key;                  // the Series Instance UID, else the volume file's path
  std::filesystem::path input;  // what the row names: the series' folder or the volume file
  std::string studyInstanceUid;
  std::string seriesInstanceUid;
  std::vector<std::filesystem::path> files;  // DICOM files; empty for a volume file
  // Who the series is of, only to take it out of error messages (IdentifierScrubber); never written.
  std::string patientName, patientId, birthDate;
};

// What a cohort run works through: every eligible chest CT series under a folder, or under each
// path of a manifest (a text file, one folder, DICOM file or NIfTI/NRRD/MetaImage volume per line;
// '#' starts a comment), in a stable order, optionally one deterministic shard of it.
class BatchPlan {
  Q_DECLARE_TR_FUNCTIONS(heaorta::BatchPlan)

 public:
  struct Plan {
    std::vector<BatchItem> items;
    int notEligible = 0;  // series that are not CT images to score (localizers, other modalities, few images)
  };
  static Plan make(const std::filesystem::path& input, ProgressSink& progress);
  // Shard `index` of `count` (1-based), chosen by a hash of each key: the shards are disjoint,
  // cover the plan, and do not change when other series are added. Throws on a bad index.
  static std::vector<BatchItem> shard(const std::vector<BatchItem>& items, int index, int count);
  static constexpr std::size_t kMinimumImages = 10;
};

}  // namespace heaorta
