#include "core/quant/QuantificationEngine.h"

#include "core/quant/LungProfile.h"
#include "core/quant/SegmentationCheck.h"

#include "core/util/Error.h"
#include "core/util/Parallel.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numeric>

namespace heaorta {

void CalciumTotals::add(const CalciumTotals& other) {
  computed = computed || other.computed;
  agatston += other.agatston;
  volumeMm3 += other.volumeMm3;
  massMg += other.massMg;
  sliceLesions += other.sliceLesions;
  lesions += other.lesions;
}

bool QuantResult::hasNotice(const QString& code) const {
  return std::any_of(notices.begin(), notices.end(), [&](const Notice& n) { return n.code == code; });
}

Notices QuantResult::failures() const {
  Notices out;
  std::copy_if(notices.begin(), notices.end(), std::back_inserter(out), [](const Notice& n) { return n.failure(); });
  return out;
}

Notices QuantResult::verdictWithheldBecause() const {
  Notices why;
  for (const Notice& n : notices)
    if (n.failure() || n.code == QLatin1String("contrast-suspected") || n.code == QLatin1String("contrast-recorded") ||
        n.code == QLatin1String("contrast-detected"))
      why.push_back(n);
  return why;
}

QuantificationEngine::QuantificationEngine(const Volume& volume, const LabelMap& labels, const ArteryAssignments* arteries,
                                           const VoxelMask* excludedBone, const QuantSettings& settings)
    : volume_(volume), labels_(labels), arteries_(arteries), excluded_(excludedBone) {
  if (!labels.geometry().sameGrid(volume.geometry()))
    throw HeaortaError(ErrorCode::InvalidInput, tr("The label map is not on the CT grid; align it first."));
  setSettings(settings);
}

void QuantificationEngine::setSettings(const QuantSettings& settings) {
  const QStringList problems = settings.validate();
  if (!problems.isEmpty()) throw HeaortaError(ErrorCode::InvalidInput, problems.join(QLatin1Char(' ')));
  settings_ = settings;
  params_ = parameters();
  slices_.assign(static_cast<std::size_t>(volume_.size()[2]), SliceAnalysis{});
  computed_ = false;
}

SliceAnalysisParameters QuantificationEngine::parameters() const {
  const ImageGeometry& g = volume_.geometry();
  SliceAnalysisParameters p;
  p.thresholdHu = settings_.thresholdFor(volume_.metadata().kvp);
  p.connectivity = settings_.connectivity;
  p.minAreaMm2 = settings_.minLesionAreaMm2;
  p.minPixels = settings_.minLesionPixels;
  p.pixelAreaMm2 = g.pixelAreaMm2();
  // The slice increment, not the thickness: overlapping reconstructions are not double counted.
  p.voxelVolumeMm3 = g.voxelVolumeMm3();
  p.agatstonFactor = g.spacing[2] / settings_.referenceSliceMm;
  p.massFactor = settings_.massCalibrationMgPerHuMm3;
  p.fatLowHu = settings_.fatLowHu;
  p.fatHighHu = settings_.fatHighHu;
  return p;
}

void QuantificationEngine::computeAll(int threads) {
  parallelFor(
      slices_.size(),
      [&](std::size_t k) { slices_[k] = SliceCalciumAnalyzer::analyze(volume_, labels_, excluded_, arteries_, static_cast<int>(k), params_); },
      threads);
  if (lungCm2_.empty()) lungCm2_ = airInsideBodyCm2(volume_);  // the CT never changes: once
  computed_ = true;
}

void QuantificationEngine::updateSlices(int first, int last) {
  first = std::max(first, 0);
  last = std::min(last, static_cast<int>(slices_.size()) - 1);
  for (int k = first; k <= last; ++k)
    slices_[static_cast<std::size_t>(k)] = SliceCalciumAnalyzer::analyze(volume_, labels_, excluded_, arteries_, k, params_);
}

QuantResult QuantificationEngine::result() const {
  const ImageGeometry& g = volume_.geometry();
  QuantResult r;
  r.settings = settings_;
  r.thresholdHu = params_.thresholdHu;
  r.sliceIncrementMm = g.spacing[2];
  r.agatstonFactor = params_.agatstonFactor;

  uint64_t labelVoxels[kCalciumRegionCount] = {0, 0, 0};
  uint64_t fatVoxels = 0, bloodVoxels = 0;
  int64_t fatSum = 0, bloodSum = 0;
  for (const SliceAnalysis& s : slices_) {
    for (int region = 0; region < kCalciumRegionCount; ++region) labelVoxels[region] += s.labelVoxels[region];
    fatVoxels += s.fatVoxels;
    fatSum += s.fatHuSum;
    bloodVoxels += s.bloodVoxels;
    bloodSum += s.bloodHuSum;
    r.droppedBelowMinimum += s.droppedBelowMinimum;
    r.excludedByReaderVoxels += s.excludedByReader;
    for (const SliceLesion& l : s.lesions) {
      CalciumTotals& t = r.regions[static_cast<int>(l.region)];
      t.agatston += l.agatston;
      t.volumeMm3 += l.volumeMm3;
      t.massMg += l.massMg;
      ++t.sliceLesions;
      if (l.region == CalciumRegion::Coronary) {
        CalciumTotals& a = r.arteries[static_cast<int>(l.artery)];
        a.agatston += l.agatston;
        a.volumeMm3 += l.volumeMm3;
        a.massMg += l.massMg;
        ++a.sliceLesions;
      }
    }
  }
  for (int region = 0; region < kCalciumRegionCount; ++region) {
    r.regions[region].computed = computed_ && labelVoxels[region] > 0;
    r.labelVolumesMl[region] = labelVoxels[region] * g.voxelVolumeMm3() / 1000.0;
  }
  for (auto& a : r.arteries) a.computed = r.regions[0].computed;
  for (Artery a : {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA})
    if (r.arteries[static_cast<int>(a)].agatston > 0) ++r.vesselsWithCalcium;
  r.heartVolumeMl = r.labelVolumesMl[0];
  r.fat.computed = r.regions[0].computed;
  r.fat.volumeMl = fatVoxels * g.voxelVolumeMm3() / 1000.0;
  r.fat.meanHu = fatVoxels ? static_cast<double>(fatSum) / fatVoxels : 0.0;
  r.heartBloodMeanHu = bloodVoxels ? static_cast<double>(bloodSum) / bloodVoxels : 0.0;

  groupLesions(r);
  r.aortaTotal = r.regions[1];
  r.aortaTotal.add(r.regions[2]);
  r.aortaTotal.computed = r.regions[1].computed || r.regions[2].computed;
  if (r.regions[0].computed) r.risk = RiskAssessment::assess(r.regions[0].agatston, r.vesselsWithCalcium);
  addCautions(r);
  return r;
}

VoxelImage<uint8_t> LesionVoxels::toImage() const {
  VoxelImage<uint8_t> image(geometry, 0);
  for (const auto& [q, code] : voxels) image.data()[q] = code;
  return image;
}

LesionVoxels QuantificationEngine::lesionVoxels() const {
  LesionVoxels out{volume_.geometry(), {}};
  const std::size_t sliceSize = volume_.geometry().sliceVoxelCount();
  for (const SliceAnalysis& s : slices_)
    for (const SliceLesion& l : s.lesions) {
      const uint8_t code = l.region == CalciumRegion::AscendingAorta    ? kAscendingLesion
                           : l.region == CalciumRegion::DescendingAorta ? kDescendingLesion
                                                                        : static_cast<uint8_t>(1 + static_cast<int>(l.artery));
      for (const uint32_t q : l.pixels) out.voxels.emplace_back(static_cast<std::size_t>(l.slice) * sliceSize + q, code);
    }
  return out;
}

bool QuantificationEngine::touches(const SliceLesion& a, const SliceLesion& b) const {
  // 2-D lesions on adjacent slices belong together when any pixel of one is within 3 x 3 of the other.
  const int width = volume_.size()[0];
  if (a.region != b.region || a.maxI + 1 < b.minI || b.maxI + 1 < a.minI || a.maxJ + 1 < b.minJ || b.maxJ + 1 < a.minJ) return false;
  const SliceLesion& small = a.pixels.size() <= b.pixels.size() ? a : b;
  const SliceLesion& large = &small == &a ? b : a;
  for (const uint32_t q : small.pixels) {
    const int i = static_cast<int>(q % width);
    const int j = static_cast<int>(q / width);
    for (int dj = -1; dj <= 1; ++dj)
      for (int di = -1; di <= 1; ++di) {
        const int ni = i + di, nj = j + dj;
        if (ni < 0 || nj < 0 || ni >= width) continue;
        if (std::binary_search(large.pixels.begin(), large.pixels.end(), static_cast<uint32_t>(nj * width + ni))) return true;
      }
  }
  return false;
}

std::vector<Index3> QuantificationEngine::lesionVoxelsAt(const Index3& voxel) const {
  std::vector<Index3> out;
  if (!volume_.geometry().contains(voxel[0], voxel[1], voxel[2])) return out;
  const int width = volume_.size()[0];
  const uint32_t q = static_cast<uint32_t>(voxel[1]) * width + voxel[0];
  const SliceLesion* start = nullptr;
  for (const SliceLesion& l : slices_[static_cast<std::size_t>(voxel[2])].lesions)
    if (std::binary_search(l.pixels.begin(), l.pixels.end(), q)) start = &l;
  if (!start) return out;
  // Walk the touching 2-D lesions up and down, as groupLesions joins them.
  std::vector<const SliceLesion*> members{start}, frontier{start};
  while (!frontier.empty()) {
    const SliceLesion* l = frontier.back();
    frontier.pop_back();
    for (const int k : {l->slice - 1, l->slice + 1}) {
      if (k < 0 || k >= static_cast<int>(slices_.size())) continue;
      for (const SliceLesion& other : slices_[static_cast<std::size_t>(k)].lesions)
        if (std::find(members.begin(), members.end(), &other) == members.end() && touches(*l, other)) {
          members.push_back(&other);
          frontier.push_back(&other);
        }
    }
  }
  for (const SliceLesion* l : members)
    for (const uint32_t p : l->pixels) out.push_back({static_cast<int>(p % width), static_cast<int>(p / width), l->slice});
  return out;
}

void QuantificationEngine::groupLesions(QuantResult& r) const {
  // Index every 2-D lesion, then union those that touch (3 x 3 in-plane) on adjacent slices.
  std::vector<const SliceLesion*> all;
  std::vector<std::size_t> firstOfSlice(slices_.size() + 1, 0);
  for (std::size_t k = 0; k < slices_.size(); ++k) {
    firstOfSlice[k] = all.size();
    for (const SliceLesion& l : slices_[k].lesions) all.push_back(&l);
  }
  firstOfSlice[slices_.size()] = all.size();
  std::vector<std::size_t> parent(all.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t k = 0; k + 1 < slices_.size(); ++k)
    for (std::size_t a = firstOfSlice[k]; a < firstOfSlice[k + 1]; ++a)
      for (std::size_t b = firstOfSlice[k + 1]; b < firstOfSlice[k + 2]; ++b)
        if (touches(*all[a], *all[b])) parent[find(a)] = find(b);

  std::vector<int> groupOf(all.size(), -1);
  std::vector<std::array<double, kArteryCount>> arteryWeight;
  for (std::size_t x = 0; x < all.size(); ++x) {
    const std::size_t root = find(x);
    if (groupOf[root] < 0) {
      groupOf[root] = static_cast<int>(r.lesions.size());
      CalcifiedLesion fresh;
      fresh.region = all[x]->region;
      fresh.firstSlice = fresh.lastSlice = all[x]->slice;
      r.lesions.push_back(fresh);
      arteryWeight.emplace_back();
    }
    const int gi = groupOf[root];
    CalcifiedLesion& c = r.lesions[gi];
    const SliceLesion& l = *all[x];
    c.firstSlice = std::min(c.firstSlice, l.slice);
    c.lastSlice = std::max(c.lastSlice, l.slice);
    ++c.sliceLesions;
    c.areaMm2 += l.areaMm2;
    if (l.peakHu > c.peakHu || c.sliceLesions == 1) {
      c.peakHu = l.peakHu;
      c.peakVoxel = {static_cast<int>(l.peakPixel % volume_.size()[0]), static_cast<int>(l.peakPixel / volume_.size()[0]), l.slice};
    }
    c.meanHu += l.meanHu * l.pixelCount;  // divided by the pixel count below
    c.agatston += l.agatston;
    c.volumeMm3 += l.volumeMm3;
    c.massMg += l.massMg;
    c.centroidIndex += Eigen::Vector3d(l.centroidI, l.centroidJ, l.slice) * l.pixelCount;
    arteryWeight[gi][static_cast<int>(l.artery)] += l.pixelCount;
  }
  for (std::size_t gi = 0; gi < r.lesions.size(); ++gi) {
    CalcifiedLesion& c = r.lesions[gi];
    const double pixels = c.volumeMm3 / params_.voxelVolumeMm3;
    c.meanHu /= pixels;
    c.centroidIndex /= pixels;
    c.centroidPatient = volume_.geometry().indexToPatient(c.centroidIndex);
    int best = 0;
    for (int a = 1; a < kArteryCount; ++a)
      if (arteryWeight[gi][a] > arteryWeight[gi][best] || (best == 0 && arteryWeight[gi][a] > 0)) best = a;
    c.artery = static_cast<Artery>(best);
    ++r.regions[static_cast<int>(c.region)].lesions;
    if (c.region == CalciumRegion::Coronary) ++r.arteries[static_cast<int>(c.artery)].lesions;
  }
  std::stable_sort(r.lesions.begin(), r.lesions.end(), [](const CalcifiedLesion& a, const CalcifiedLesion& b) {
    if (a.region != b.region) return a.region < b.region;
    return a.agatston > b.agatston;
  });
  for (std::size_t i = 0; i < r.lesions.size(); ++i) r.lesions[i].id = static_cast<int>(i) + 1;
}

void QuantificationEngine::addCautions(QuantResult& r) const {
  const ScanMetadata& m = volume_.metadata();
  const auto add = [&r](const char* code, const QString& message) { r.notices.push_back({QLatin1String(code), message}); };
  if (!m.kvp)
    add("kvp-unknown", tr("The tube voltage (kVp) is not recorded; the %1 HU threshold assumes 120 kVp.").arg(r.thresholdHu));
  else if (std::abs(*m.kvp - 120.0) > 0.5)
    add("kvp-not-120", tr("Scanned at %1 kVp, not 120 kVp: calcium HU differ and the score is not standard (threshold %2 HU).")
                           .arg(*m.kvp, 0, 'f', 0)
                           .arg(r.thresholdHu));
  if (!m.sliceThicknessMm)
    add("slice-thickness-unknown", tr("The slice thickness is not recorded."));
  else if (*m.sliceThicknessMm > settings_.maxSliceThicknessMm + 1e-6)
    add("thick-slices", tr("Slices are %1 mm thick (standard: 3 mm); small calcifications may be missed and the score underestimated.")
                            .arg(*m.sliceThicknessMm, 0, 'f', 1));
  if (m.contrastAgentRecorded())
    add("contrast-recorded",
        tr("A contrast agent is recorded (%1): calcium scoring is defined for non-contrast CT.").arg(QString::fromStdString(m.contrastAgent)));
  if (r.regions[0].computed && r.heartBloodMeanHu > settings_.contrastBloodPoolHu)
    add("contrast-suspected",
        tr("The blood in the heart measures %1 HU on average: contrast-enhanced CT is likely and the calcium score is not valid.")
            .arg(r.heartBloodMeanHu, 0, 'f', 0));
  if (computed_) {
    MaskSummary masks;
    masks.heartVoxelsPerSlice.reserve(slices_.size());
    for (const SliceAnalysis& s : slices_) masks.heartVoxelsPerSlice.push_back(s.labelVoxels[0]);
    masks.heartMl = r.heartVolumeMl;
    masks.ascendingAortaMl = r.labelVolumesMl[1];
    masks.descendingAortaMl = r.labelVolumesMl[2];
    for (Notice& n : SegmentationCheck::failures(masks, lungCm2_, settings_)) r.notices.push_back(std::move(n));
  }
  if (!r.regions[1].computed || !r.regions[2].computed)
    add("aorta-missing", tr("The ascending or descending aorta label is missing: its calcium was not computed."));
  const int unassigned = r.arteries[static_cast<int>(Artery::Unassigned)].lesions;
  if (r.regions[0].computed && unassigned > 0)
    add("lesions-unassigned",
        tr("%n coronary lesion(s) are not assigned to an artery; per-artery totals and the vessel count are incomplete.", nullptr, unassigned));
  if (r.excludedByReaderVoxels > 0)
    add("calcium-excluded", tr("The reader excluded %n calcified voxel(s) from scoring (valve, stent or noise).", nullptr, r.excludedByReaderVoxels));
  const Eigen::Vector3d normal = volume_.geometry().direction.col(2);
  if (std::abs(normal.z()) < 0.9) add("not-axial", tr("The slices are not axial; the Agatston method is defined on axial slices."));
  for (const Notice& n : m.loadNotices) r.notices.push_back(n);
  for (const Notice& n : extraNotices_) r.notices.push_back(n);
}

}  // namespace heaorta
