#include "core/dicom/DicomSeriesLoader.h"

#include "core/dicom/DicomHeaderReader.h"
#include "core/dicom/DicomPixelDecoder.h"
#include "core/dicom/IsolatedPixelDecoding.h"
#include "core/dicom/DicomValues.h"
#include "core/dicom/StackResampler.h"
#include "core/io/VolumeLimits.h"
#include "core/util/Error.h"
#include "core/util/Parallel.h"

#include <atomic>
#include <gdcmMediaStorage.h>
#include <map>
#include <mutex>

namespace heaorta {
namespace {

bool isCtFrame(const DicomFrameHeader& h) {
  if (!h.modality.empty()) return h.modality == "CT";
  const auto ms = gdcm::MediaStorage::GetMSType(h.sopClassUid.c_str());
  return ms == gdcm::MediaStorage::CTImageStorage || ms == gdcm::MediaStorage::EnhancedCTImageStorage ||
         ms == gdcm::MediaStorage::LegacyConvertedEnhancedCTImageStorage;
}

std::vector<DicomFrameHeader> readAllHeaders(const std::vector<std::filesystem::path>& files, int threads, ProgressSink& progress) {
  std::vector<std::vector<DicomFrameHeader>> perFile(files.size());
  std::atomic<std::size_t> done{0};
  parallelFor(
      files.size(),
      [&](std::size_t i) {
        throwIfCancelled(progress);
        perFile[i] = DicomHeaderReader::read(files[i]);
        progress.report(static_cast<double>(++done) / files.size(), DicomSeriesLoader::tr("Reading DICOM headers"));
      },
      threads);
  std::vector<DicomFrameHeader> frames;
  for (auto& f : perFile)
    for (auto& h : f) frames.push_back(std::move(h));
  return frames;
}

void checkOneCtSeries(const std::vector<DicomFrameHeader>& frames) {
  const DicomFrameHeader* first = &frames.front();
  for (const auto& h : frames) {
    if (!isCtFrame(h))
      throw HeaortaError(ErrorCode::Unsupported, DicomSeriesLoader::tr("%1 is a %2 image, not CT: only CT series can be loaded and scored")
                                                     .arg(h.label(), QString::fromStdString(h.modality.empty() ? h.sopClassUid : h.modality)));
    if (!h.seriesInstanceUid.empty() && !first->seriesInstanceUid.empty() && h.seriesInstanceUid != first->seriesInstanceUid)
      throw HeaortaError(ErrorCode::InvalidInput, DicomSeriesLoader::tr("%1 and %2 belong to different series (%3 and %4); load one series at a time")
                                                      .arg(first->label(), h.label(), QString::fromStdString(first->seriesInstanceUid),
                                                           QString::fromStdString(h.seriesInstanceUid)));
  }
}

}  // namespace

Volume DicomSeriesLoader::load(const std::vector<std::filesystem::path>& files, const DicomLoadOptions& options, ProgressSink& progress) {
  if (files.empty()) throw HeaortaError(ErrorCode::NotFound, tr("No DICOM files were given."));
  dicom::silenceGdcm();
  SubProgress headerProgress(progress, 0.0, 0.2);
  std::vector<DicomFrameHeader> frames = readAllHeaders(files, options.threads, headerProgress);

  Notices notices;
  const auto localizers =
      std::remove_if(frames.begin(), frames.end(), [](const DicomFrameHeader& h) { return dicom::hasValue(h.imageType, "LOCALIZER"); });
  if (localizers != frames.end()) {
    notices.push_back({QStringLiteral("localizer-ignored"),
                       tr("%n localizer image(s) in the series were ignored.", nullptr, static_cast<int>(frames.end() - localizers))});
    frames.erase(localizers, frames.end());
  }
  if (frames.empty()) throw HeaortaError(ErrorCode::NotFound, tr("The series holds only localizer images."));
  checkOneCtSeries(frames);

  const StackPlan plan = SliceStackPlanner::plan(frames, options.stack);
  // Before anything is allocated: Rows, Columns and the slices bounded as for volume files.
  const Index3& size = plan.geometry.size;
  VolumeLimits::checkGrid(frames[plan.order.front()].file, {size[0], size[1], int64_t(std::max(plan.order.size(), std::size_t(size[2])))});
  Volume volume(plan.geometry, Uninitialized{});  // decoding or resampling writes every voxel
  std::vector<int16_t> stack;
  if (plan.needsResampling) stack.resize(plan.order.size() * plan.geometry.sliceVoxelCount());

  // One decode job per file: a multi-frame file is decoded once for all its frames.
  std::map<std::filesystem::path, std::vector<DicomPixelDecoder::Target>> jobsByFile;
  for (std::size_t k = 0; k < plan.order.size(); ++k) {
    const DicomFrameHeader& h = frames[plan.order[k]];
    int16_t* destination = plan.needsResampling ? stack.data() + k * plan.geometry.sliceVoxelCount() : volume.slice(static_cast<int>(k));
    jobsByFile[h.file].push_back({&h, destination});
  }
  // Our own reader takes native pixel data here; everything else (compressed, or native in another
  // layout) goes through GDCM in child processes, so that a file that crashes GDCM fails this load
  // and not the program.
  std::vector<const IsolatedPixelDecoding::Job*> native, throughGdcm;
  for (const auto& job : jobsByFile) (IsolatedPixelDecoding::needsCodec(*job.second.front().frame) ? throughGdcm : native).push_back(&job);

  std::atomic<std::size_t> clamped{0};
  std::atomic<std::size_t> decoded{0};
  const auto fileDone = [&] { progress.report(0.2 + 0.75 * static_cast<double>(++decoded) / jobsByFile.size(), tr("Decoding slices")); };
  std::mutex declined;
  parallelFor(
      native.size(),
      [&](std::size_t j) {
        throwIfCancelled(progress);
        if (const std::optional<std::size_t> n = DicomPixelDecoder::decodeOwn(native[j]->first, native[j]->second)) {
          clamped += *n;
          fileDone();
          return;
        }
        const std::lock_guard<std::mutex> lock(declined);
        throughGdcm.push_back(native[j]);
      },
      options.threads);
  throwIfCancelled(progress);
  clamped += IsolatedPixelDecoding::decode(throughGdcm, options.threads, fileDone);

  if (plan.needsResampling) StackResampler::resample(plan, stack, volume);

  ScanMetadata& meta = volume.metadata();
  meta = DicomHeaderReader::readMetadata(frames[plan.order.front()].file);
  meta.sliceIncrementMm = plan.sliceSpacing;
  if (!plan.needsResampling)
    for (std::size_t idx : plan.order) meta.sliceSopInstanceUids.push_back(frames[idx].sopInstanceUid);
  notices.insert(notices.end(), plan.notices.begin(), plan.notices.end());
  if (clamped > 0)
    notices.push_back(
        {QStringLiteral("hu-clamped"), tr("%n voxel(s) fell outside the 16-bit HU range and were clamped.", nullptr, static_cast<int>(clamped))});
  meta.loadNotices = std::move(notices);
  progress.report(1.0, tr("Series loaded"));
  return volume;
}

}  // namespace heaorta
