#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <filesystem>

namespace heaorta::bench {

// Benchmark inputs built from the real chest CT in ../shared/data (HEAORTA_SHARED_DATA).
std::filesystem::path sharedData();

// A 512 x 512 x `slices` uncompressed series: the real 64 slices repeated with new positions
// and UIDs, as a scanner would write them. Reused when it already exists.
std::filesystem::path largeSeries(const std::filesystem::path& folder, int slices);

// `count` DICOM files with real CT headers (128 x 128 pixels: the indexer never reads pixels),
// spread over 40 series in nested folders.
std::filesystem::path manyFiles(const std::filesystem::path& folder, int count);

// The real CT repeated to `slices` slices in memory, with a hand-drawn-sized heart and aorta.
void largeVolume(int slices, Volume& ct, LabelMap& labels);

}  // namespace heaorta::bench
