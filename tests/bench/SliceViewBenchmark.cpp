// How long a slice change takes to reach the screen in a 512 x 512 x 600 study with label
// overlays: move the crosshair one slice, then wait until the view has drawn and swapped its
// frame; and the same with the frame read back (grabRendered), as a screenshot would. Run under
// Xvfb (software OpenGL):
//   xvfb-run -a -s "-screen 0 1920x1200x24" build/tests/bench/SliceViewBenchmark
#include "tests/bench/BenchmarkData.h"
#include "viewers/model/ViewerState.h"
#include "viewers/mpr/SliceView.h"
#include "viewers/volume/VolumeView3D.h"

#include <QApplication>
#include <QSurfaceFormat>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace heaorta;

namespace {

double since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void waitForFrame(const VtkOpenGLWidget& view) {
  QApplication::processEvents();
  while (view.renderPending()) QApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);

  auto ct = std::make_shared<Volume>();
  auto labels = std::make_shared<LabelMap>();
  bench::largeVolume(600, *ct, *labels);
  ViewerState state;
  state.setVolumeSize(ct->size());
  std::printf(
      "| view (512 x 512 x 600, labels shown, 700 x 700 px) | median | 95th percentile | of which slice + overlay update | same frame redrawn | "
      "slice change read back (median) |\n|---|---|---|---|---|---|\n");
  for (Plane plane : {Plane::Axial, Plane::Coronal, Plane::Sagittal}) {
    SliceView view(plane, &state);
    view.resize(700, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) return 1;
    view.setImage(ct);
    view.setLabels(labels);
    state.setCursor({256, 256, 300});
    view.grabRendered();  // first frame builds the pipeline
    const int axis = plane == Plane::Axial ? 2 : plane == Plane::Coronal ? 1 : 0;
    std::vector<double> ms, update, read;
    for (int step = 0; step < 60; ++step) {
      Index3 cursor = state.cursor();
      cursor[axis] = 200 + step * 3;
      auto t0 = std::chrono::steady_clock::now();
      state.setCursor(cursor);  // new slice and overlay prepared on the CPU, a frame requested
      update.push_back(since(t0));
      if (!view.renderPending()) return 2;  // nothing to wait for would time nothing
      waitForFrame(view);
      ms.push_back(since(t0));
      cursor[axis] += 1;
      t0 = std::chrono::steady_clock::now();
      state.setCursor(cursor);
      view.grabRendered();
      read.push_back(since(t0));
      waitForFrame(view);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(update.begin(), update.end());
    std::sort(read.begin(), read.end());
    std::vector<double> redraw;  // the same frame again: the cost of drawing alone
    for (int i = 0; i < 20; ++i) {
      const auto t0 = std::chrono::steady_clock::now();
      view.requestRender();
      waitForFrame(view);
      redraw.push_back(since(t0));
    }
    std::sort(redraw.begin(), redraw.end());
    const char* names[3] = {"axial", "coronal", "sagittal"};
    std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |\n", names[static_cast<int>(plane)], ms[ms.size() / 2],
                ms[ms.size() * 95 / 100], update[update.size() / 2], redraw[redraw.size() / 2], read[read.size() / 2]);
  }

  // The 3D view's surfaces for the same labels (marching + smoothing), built when masks change.
  VolumeView3D view3d;
  view3d.resize(700, 700);
  view3d.show();
  if (!QTest::qWaitForWindowExposed(&view3d)) return 1;
  view3d.setImage(ct);
  view3d.grabRendered();
  QSignalSpy ready(&view3d, &VolumeView3D::surfacesReady);
  const auto t0 = std::chrono::steady_clock::now();
  view3d.setLabels(labels);
  const double blocked = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ready.wait(120000);
  const double surfaces = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("\n| 3D view, heart and aorta surfaces for 512 x 512 x 600 | GUI thread busy | until shown |\n|---|---|---|\n");
  std::printf("| extracted on a worker thread | %.1f ms | %.0f ms |\n", blocked, surfaces);
  return 0;
}
