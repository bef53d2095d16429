#include "core/quant/SliceCalciumAnalyzer.h"

#include <algorithm>
#include <array>

namespace heaorta {
namespace {

constexpr int32_t kNotCandidate = -1;
constexpr int32_t kCandidate = -2;

// Per-thread scratch the size of a slice, reset only where it was written.
struct Scratch {
  std::vector<int32_t> mark;
  std::vector<uint32_t> candidates;
  std::vector<uint32_t> stack;
};

Scratch& scratchFor(std::size_t sliceVoxels) {
  thread_local Scratch scratch;
  if (scratch.mark.size() != sliceVoxels) scratch.mark.assign(sliceVoxels, kNotCandidate);
  return scratch;
}

}  // namespace

int SliceCalciumAnalyzer::weightFor(int peakHu) {
  if (peakHu >= 400) return 4;
  if (peakHu >= 300) return 3;
  if (peakHu >= 200) return 2;
  if (peakHu >= 130) return 1;
  return 0;
}

SliceAnalysis SliceCalciumAnalyzer::analyze(const Volume& volume, const LabelMap& labels, const VoxelMask* excluded,
                                            const ArteryAssignments* arteries, int slice, const SliceAnalysisParameters& p) {
  const ImageGeometry& g = volume.geometry();
  const int width = g.size[0];
  const int height = g.size[1];
  const std::size_t n = g.sliceVoxelCount();
  const int16_t* hu = volume.slice(slice);
  const uint8_t* lab = labels.slice(slice);
  const uint8_t* ex = excluded ? excluded->slice(slice) : nullptr;

  const bool anyAssigned = arteries && !arteries->slice(slice).empty();
  const auto excludedByReader = [&](std::size_t q) {
    return anyAssigned && arteries->at(static_cast<int>(q % width), static_cast<int>(q / width), slice) == Artery::Excluded;
  };

  SliceAnalysis out;
  Scratch& s = scratchFor(n);
  s.candidates.clear();
  for (std::size_t q = 0; q < n; ++q) {
    const uint8_t l = lab[q];
    const int region = regionIndexOf(l);
    if (region < 0) continue;
    ++out.labelVoxels[region];
    const int v = hu[q];
    if (l == Heart) {
      if (v >= p.fatLowHu && v <= p.fatHighHu) {
        ++out.fatVoxels;
        out.fatHuSum += v;
      }
      if (v >= 0 && v <= 600) {
        ++out.bloodVoxels;
        out.bloodHuSum += v;
      }
    }
    if (v >= p.thresholdHu && !(ex && ex[q])) {
      if (excludedByReader(q)) {
        ++out.excludedByReader;
        continue;
      }
      s.mark[q] = kCandidate;
      s.candidates.push_back(static_cast<uint32_t>(q));
    }
  }

  static const std::array<std::array<int, 2>, 8> neighbours = {{{-1, 0}, {1, 0}, {0, -1}, {0, 1}, {-1, -1}, {1, -1}, {-1, 1}, {1, 1}}};
  const int neighbourCount = p.connectivity == 4 ? 4 : 8;
  for (const uint32_t seed : s.candidates) {
    if (s.mark[seed] != kCandidate) continue;
    SliceLesion lesion;
    lesion.slice = slice;
    lesion.region = static_cast<CalciumRegion>(regionIndexOf(lab[seed]));
    lesion.minI = lesion.maxI = static_cast<int>(seed % width);
    lesion.minJ = lesion.maxJ = static_cast<int>(seed / width);
    int64_t huSum = 0;
    std::array<int, kArteryCount> votes{};
    s.stack.assign(1, seed);
    s.mark[seed] = 0;
    while (!s.stack.empty()) {
      const uint32_t q = s.stack.back();
      s.stack.pop_back();
      lesion.pixels.push_back(q);
      const int i = static_cast<int>(q % width);
      const int j = static_cast<int>(q / width);
      huSum += hu[q];
      if (hu[q] > lesion.peakHu || lesion.pixels.size() == 1) lesion.peakHu = hu[q], lesion.peakPixel = q;
      lesion.centroidI += i;
      lesion.centroidJ += j;
      lesion.minI = std::min(lesion.minI, i);
      lesion.maxI = std::max(lesion.maxI, i);
      lesion.minJ = std::min(lesion.minJ, j);
      lesion.maxJ = std::max(lesion.maxJ, j);
      if (arteries) ++votes[static_cast<int>(arteries->at(i, j, slice))];
      for (int nb = 0; nb < neighbourCount; ++nb) {
        const int ni = i + neighbours[nb][0];
        const int nj = j + neighbours[nb][1];
        if (ni < 0 || nj < 0 || ni >= width || nj >= height) continue;
        const uint32_t r = static_cast<uint32_t>(nj) * width + ni;
        if (s.mark[r] == kCandidate && lab[r] == lab[seed]) {
          s.mark[r] = 0;
          s.stack.push_back(r);
        }
      }
    }
    lesion.pixelCount = static_cast<int>(lesion.pixels.size());
    lesion.areaMm2 = lesion.pixelCount * p.pixelAreaMm2;
    // Inclusive minimum, with a tolerance for areas computed from float spacings.
    if (lesion.areaMm2 + 1e-9 < p.minAreaMm2 || lesion.pixelCount < p.minPixels) {
      ++out.droppedBelowMinimum;
      continue;
    }
    std::sort(lesion.pixels.begin(), lesion.pixels.end());
    lesion.meanHu = static_cast<double>(huSum) / lesion.pixelCount;
    lesion.centroidI /= lesion.pixelCount;
    lesion.centroidJ /= lesion.pixelCount;
    lesion.weight = std::max(1, weightFor(lesion.peakHu));  // a kVp-lowered threshold still weighs 1
    lesion.agatston = lesion.areaMm2 * lesion.weight * p.agatstonFactor;
    lesion.volumeMm3 = lesion.pixelCount * p.voxelVolumeMm3;
    lesion.massMg = p.massFactor * lesion.meanHu * lesion.volumeMm3;
    // The reader's assignment wins by majority of assigned pixels; unassigned pixels don't vote.
    int best = 0;
    for (int a = 1; a < kArteryCount; ++a)
      if (votes[a] > votes[best] || (best == 0 && votes[a] > 0)) best = a;
    lesion.artery = static_cast<Artery>(best);
    out.lesions.push_back(std::move(lesion));
  }
  for (const uint32_t q : s.candidates) s.mark[q] = kNotCandidate;
  return out;
}

}  // namespace heaorta
