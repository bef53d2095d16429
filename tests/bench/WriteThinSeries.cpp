// Writes a 512 x 512 x <slices> uncompressed 1 mm series (the shared real CT's slices repeated at
// 1 mm, as BenchmarkData::largeSeries makes it) into <folder>: input for the thin-slice cohort row
// of tests/bench/batch-benchmark.sh. Not anatomy: for throughput only.
#include "tests/bench/BenchmarkData.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: WriteThinSeries <folder> <slices>\n");
    return 2;
  }
  const auto written = heaorta::bench::largeSeries(argv[1], std::atoi(argv[2]));
  std::printf("%s\n", written.string().c_str());
  return 0;
}
