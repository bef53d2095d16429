// Quantification on a 512 x 512 x 300 chest CT with heart and aorta labels: the full computation,
// the update after an edit of 5 slices, and the lung profile the segmentation check computes once
// per CT (Google Benchmark).
#include "core/quant/LungProfile.h"
#include "core/quant/QuantificationEngine.h"
#include "tests/bench/BenchmarkData.h"

#include <benchmark/benchmark.h>

using namespace heaorta;

namespace {

struct Data {
  Volume ct;
  LabelMap labels;
  ArteryAssignments arteries;
  Data() {
    bench::largeVolume(300, ct, labels);
    arteries = ArteryAssignments(ct.geometry());
  }
};

Data& data() {
  static Data d;
  return d;
}

void FullComputation(benchmark::State& state) {
  Data& d = data();
  QuantificationEngine engine(d.ct, d.labels, &d.arteries);
  for (auto _ : state) {
    engine.computeAll(static_cast<int>(state.range(0)));
    benchmark::DoNotOptimize(engine.result());
  }
  state.counters["agatston"] = engine.result().coronary().agatston;
  state.counters["fat_ml"] = engine.result().fat.volumeMl;
}
BENCHMARK(FullComputation)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void UpdateAfterEditOfFiveSlices(benchmark::State& state) {
  Data& d = data();
  QuantificationEngine engine(d.ct, d.labels, &d.arteries);
  engine.computeAll();
  int k = 120;
  for (auto _ : state) {
    // A brush stroke over 5 slices through the heart: relabel a patch, then update.
    for (int kk = k; kk < k + 5; ++kk)
      for (int j = 220; j < 240; ++j)
        for (int i = 280; i < 300; ++i) d.labels.at(i, j, kk) = (d.labels.at(i, j, kk) == Heart) ? Background : Heart;
    engine.updateSlices(k, k + 4);
    benchmark::DoNotOptimize(engine.result());
    k = k == 120 ? 140 : 120;
  }
}
BENCHMARK(UpdateAfterEditOfFiveSlices)->Unit(benchmark::kMillisecond)->UseRealTime();

void LungProfileOnce(benchmark::State& state) {
  Data& d = data();
  for (auto _ : state) benchmark::DoNotOptimize(airInsideBodyCm2(d.ct));
}
BENCHMARK(LungProfileOnce)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
