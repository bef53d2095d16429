// Loading a 512 x 512 x 300 uncompressed CT series: Heaorta's loader (1 and 2 threads) against
// dcm2niix on the same files in the same run; and indexing 10,000 DICOM files.
#include "core/dicom/DicomFolderIndexer.h"
#include "core/dicom/DicomSeriesLoader.h"
#include "core/io/VolumeFileIO.h"
#include "tests/bench/BenchmarkData.h"
#include "tests/bench/BenchmarkTimer.h"

#include <QCoreApplication>
#include <QProcess>
#include <cstdio>
#include <thread>

using namespace heaorta;
using namespace heaorta::bench;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const fs::path root = std::getenv("HEAORTA_BENCH_DIR") ? std::getenv("HEAORTA_BENCH_DIR") : "/tmp/heaorta-bench";
  const fs::path series = largeSeries(root / "series-512x512x300", 300);
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(series))
    if (e.path().extension() == ".dcm") files.push_back(e.path());
  const int runs = 5;
  std::printf("machine: %u hardware threads; %zu files, page cache warm (median of %d runs)\n\n", std::thread::hardware_concurrency(), files.size(),
              runs);
  std::printf("| task | median |\n|---|---|\n");

  NullProgress progress;
  for (int threads : {1, 2}) {
    DicomLoadOptions options;
    options.threads = threads;
    const double t = medianSeconds(runs, [&] { DicomSeriesLoader::load(files, options, progress); });
    std::printf("| Heaorta load, %d thread(s) (into memory) | %.3f s |\n", threads, t);
  }
  const fs::path out = root / "out";
  fs::create_directories(out);
  const double convert = medianSeconds(runs, [&] {
    const Volume v = DicomSeriesLoader::load(files, {}, progress);
    VolumeFileIO::writeVolume(v, out / "heaorta.nii");
  });
  std::printf("| Heaorta load + write NIfTI (.nii) | %.3f s |\n", convert);
  const double dcm2niix = medianSeconds(runs, [&] {
    QProcess p;
    p.start(QStringLiteral("dcm2niix"),
            {QStringLiteral("-z"), QStringLiteral("n"), QStringLiteral("-b"), QStringLiteral("n"), QStringLiteral("-f"), QStringLiteral("d2n"),
             QStringLiteral("-o"), QString::fromStdString(out.string()), QString::fromStdString(series.string())});
    p.waitForFinished(-1);
  });
  std::printf("| dcm2niix -z n (read + write NIfTI) | %.3f s |\n", dcm2niix);

  const fs::path many = manyFiles(root / "files-10000", 10000);
  for (int threads : {1, 2}) {
    std::size_t found = 0;
    const double t = medianSeconds(3, [&] { found = DicomFolderIndexer::index(many, progress, threads).allSeries().size(); });
    std::printf("| index 10,000 DICOM files (%zu series), %d thread(s) | %.3f s |\n", found, threads, t);
  }
  return 0;
}
