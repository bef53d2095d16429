// Segmentation timings: the anatomical fallback on the 64-slice demo study, one 224 x 224 x 144
// HeaortaNet window on the CPU, and (when a CUDA LibTorch and GPU are present) a whole
// 512 x 512 x 300 study end to end, resampling included.
#include "core/study/StudyLoader.h"
#include "segmentation/anatomy/AnatomicalSegmenter.h"
#include "segmentation/model/ModelSegmenter.h"
#include "tests/bench/BenchmarkData.h"
#include "tests/bench/BenchmarkTimer.h"

#include <QCoreApplication>
#include <QProcess>
#include <cstdio>

using namespace heaorta;
namespace fs = std::filesystem;

namespace {

fs::path exportHeaortaNet(const fs::path& folder) {
  const fs::path model = folder / "heaortanet.pt";
  if (!fs::exists(model)) {
    fs::create_directories(folder);
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(HEAORTA_SOURCE_DIR "/segmentation/python/export_model.py"), QStringLiteral("--out"),
                                                 QString::fromStdString(model.string())});
    p.waitForFinished(-1);
  }
  return model;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const fs::path root = std::getenv("HEAORTA_BENCH_DIR") ? std::getenv("HEAORTA_BENCH_DIR") : "/tmp/heaorta-bench";
  NullProgress progress;
  std::printf("| task | time |\n|---|---|\n");

  const Volume demo = StudyLoader::load(fs::path(HEAORTA_SOURCE_DIR) / "resources/demo/chest-ct", {}, progress).volume;
  const double fallback = bench::medianSeconds(3, [&] { AnatomicalSegmenter().segment(demo, progress); });
  std::printf("| anatomical fallback, demo study 512 x 512 x 64 (median of 3) | %.2f s |\n", fallback);

  const fs::path model = exportHeaortaNet(root / "heaortanet");
  ModelSegmenter cpu(model, InferenceDevice::Cpu);
  ImageGeometry window;
  window.size = {224, 224, 144};
  window.spacing = {1.5, 1.5, 2.0};
  const Volume oneWindow(window, -1000);
  const double cpuWindow = bench::medianSeconds(1, [&] { cpu.segment(oneWindow, progress); });
  std::printf("| HeaortaNet (20.0 M parameters), one 224 x 224 x 144 window, CPU (%s) | %.1f s |\n", qPrintable(cpu.name()), cpuWindow);

  if (TorchInference::cudaAvailable()) {
    ModelSegmenter gpu(model, InferenceDevice::Cuda);
    Volume study;
    LabelMap unused;
    bench::largeVolume(300, study, unused);
    const double endToEnd = bench::medianSeconds(3, [&] { gpu.segment(study, progress); });
    std::printf("| HeaortaNet, 512 x 512 x 300 study end to end, %s | %.3f s |\n", qPrintable(gpu.name()), endToEnd);
  } else {
    std::printf("| HeaortaNet on GPU | not measured: this LibTorch has no CUDA device |\n");
  }
  return 0;
}
