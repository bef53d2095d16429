#include "core/batch/BatchPlan.h"

#include "core/batch/BatchManifest.h"

#include "core/dicom/DicomFolderIndexer.h"
#include "core/io/VolumeFileIO.h"
#include "core/util/Error.h"

#include <algorithm>
#include <set>

namespace fs = std::filesystem;

namespace heaorta {
namespace {

uint64_t fnv1a(const QString& key) {
  uint64_t h = 1469598103934665603ull;
  for (const char c : key.toUtf8()) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

bool eligible(const DicomSeriesInfo& s) {
  return s.isCt() && s.imageCount >= BatchPlan::kMinimumImages && s.imageType.find("LOCALIZER") == std::string::npos;
}

void addFolder(const fs::path& folder, ProgressSink& progress, BatchPlan::Plan& plan) {
  const DicomIndex index = DicomFolderIndexer::index(folder, progress);
  for (const DicomPatientInfo& patient : index.patients)
    for (const DicomStudyInfo& study : patient.studies)
      for (const DicomSeriesInfo& series : study.series) {
        if (!eligible(series)) {
          ++plan.notEligible;
          continue;
        }
        BatchItem item;
        item.files = series.files;
        std::sort(item.files.begin(), item.files.end());
        item.input = item.files.front().parent_path();
        item.key = series.seriesInstanceUid.empty() ? QString::fromStdString(item.input.string()) : QString::fromStdString(series.seriesInstanceUid);
        item.studyInstanceUid = study.studyInstanceUid;
        item.seriesInstanceUid = series.seriesInstanceUid;
        item.patientName = patient.name;
        item.patientId = patient.patientId;
        item.birthDate = patient.birthDate;
        plan.items.push_back(std::move(item));
      }
}

void addPath(const fs::path& path, ProgressSink& progress, BatchPlan::Plan& plan) {
  std::error_code ec;
  if (VolumeFileIO::isVolumeFile(path)) {
    BatchItem item;
    item.input = path;
    item.key = QString::fromStdString(fs::absolute(path, ec).lexically_normal().string());
    plan.items.push_back(std::move(item));
  } else if (fs::is_directory(path, ec)) {
    addFolder(path, progress, plan);
  } else if (fs::is_regular_file(path, ec)) {
    addFolder(path.parent_path(), progress, plan);  // a DICOM file stands for its folder's series
  } else {
    throw HeaortaError(ErrorCode::NotFound, BatchPlan::tr("%1: no such file or folder").arg(QString::fromStdString(path.string())));
  }
}

}  // namespace

BatchPlan::Plan BatchPlan::make(const fs::path& input, ProgressSink& progress) {
  Plan plan;
  if (BatchManifest::isManifest(input)) {
    for (const fs::path& path : BatchManifest::read(input)) addPath(path, progress, plan);
  } else {
    addPath(input, progress, plan);
  }
  // Stable order, each series once (a manifest may name a folder twice).
  std::sort(plan.items.begin(), plan.items.end(), [](const BatchItem& a, const BatchItem& b) { return a.key < b.key; });
  plan.items.erase(std::unique(plan.items.begin(), plan.items.end(), [](const BatchItem& a, const BatchItem& b) { return a.key == b.key; }),
                   plan.items.end());
  return plan;
}

std::vector<BatchItem> BatchPlan::shard(const std::vector<BatchItem>& items, int index, int count) {
  if (count < 1 || index < 1 || index > count)
    throw HeaortaError(ErrorCode::InvalidInput, tr("--shard takes i/N with 1 <= i <= N (got %1/%2)").arg(index).arg(count));
  std::vector<BatchItem> out;
  for (const BatchItem& item : items)
    if (fnv1a(item.key) % static_cast<uint64_t>(count) == static_cast<uint64_t>(index - 1)) out.push_back(item);
  return out;
}

}  // namespace heaorta
