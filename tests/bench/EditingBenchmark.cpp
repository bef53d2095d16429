// Live recompute while painting, as a reader sees it: a 20-dab brush stroke on a 512 x 512 x 300
// study in the real main window, timed per dab from the mouse event to the updated numbers and
// overlays on screen (the event, the edit, the coalesced change, the incremental quantification,
// the results panel and every slice view the dab crosses, all drawn). Then 100 such strokes, to
// see what the undo history holds. Run under Xvfb (software OpenGL):
//   xvfb-run -a -s "-screen 0 1920x1200x24" build/tests/bench/EditingBenchmark
#include "app/gui/MainWindow.h"
#include "app/gui/MprPanel.h"
#include "app/gui/ResultsPanel.h"
#include "app/gui/editing/EditPanel.h"
#include "app/gui/editing/LabelEditSession.h"
#include "app/gui/models/QuantificationModel.h"
#include "tests/bench/BenchmarkData.h"
#include "viewers/vtk/VtkOpenGLWidget.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSurfaceFormat>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace heaorta;

namespace {

double elapsedMs(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::chrono::steady_clock::time_point dabStart;
bool inDab = false;            // edits a release commits are not a dab's
std::vector<double> editPath;  // event to scores and overlays updated (before drawing)
std::vector<double> releases;  // mouse release to the views drawn (the 3D view shows what waited)

void waitForFrames(QWidget* window) {
  const auto views = window->findChildren<VtkOpenGLWidget*>();
  while (std::any_of(views.begin(), views.end(), [](VtkOpenGLWidget* v) { return v->renderPending(); }))
    QApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// One stroke of `dabs` mouse moves across the axial view; returns the time of each dab.
std::vector<double> stroke(SliceView* view, const Index3& from, const Index3& to, int dabs, Qt::MouseButton button = Qt::LeftButton) {
  std::vector<double> ms;
  const QPointF a = view->widgetPositionOf(from), b = view->widgetPositionOf(to);
  if (button != Qt::NoButton) QTest::mousePress(view, button, Qt::NoModifier, a.toPoint());
  QApplication::processEvents();
  for (int d = 1; d <= dabs; ++d) {
    const QPointF p = a + (b - a) * (double(d) / dabs);
    dabStart = std::chrono::steady_clock::now();
    inDab = true;
    QMouseEvent move(QEvent::MouseMove, p, view->mapToGlobal(p), Qt::NoButton, button, Qt::NoModifier);
    QApplication::sendEvent(view, &move);
    QApplication::processEvents();  // the queued change, the recompute and the panel
    waitForFrames(view->window());  // every view the dab changed, drawn and swapped
    ms.push_back(elapsedMs(dabStart));
    inDab = false;
  }
  const auto released = std::chrono::steady_clock::now();
  if (button != Qt::NoButton) QTest::mouseRelease(view, button, Qt::NoModifier, b.toPoint());
  QApplication::processEvents();
  waitForFrames(view->window());
  if (button != Qt::NoButton) releases.push_back(elapsedMs(released));
  return ms;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * v.size()))];
}

}  // namespace

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("HeaortaBenchmark"));
  QTemporaryDir journals;

  auto ct = std::make_shared<Volume>();
  auto labels = std::make_shared<LabelMap>();
  bench::largeVolume(300, *ct, *labels);
  StudySession session;
  session.edits()->setJournalRoot(journals.filePath(QStringLiteral("autosave")).toStdString());
  MainWindow window(&session);
  window.resize(1500, 1000);
  window.show();
  if (!QTest::qWaitForWindowExposed(&window)) return 1;
  session.open(ct, "benchmark");
  session.setLabels(labels, [] { return QStringLiteral("benchmark"); });
  QApplication::processEvents();
  window.editPanel()->setTool(EditPanel::Brush);
  window.viewerState()->setCursor({256, 256, 150});
  SliceView* axial = window.mprPanel()->view(Plane::Axial);
  axial->grabRendered();

  // Connected after the window's own listeners, so it runs when scores and overlays are updated.
  QObject::connect(session.edits(), &LabelEditSession::labelsChanged, &window, [] {
    if (inDab) editPath.push_back(elapsedMs(dabStart));
  });
  // The floor: the same mouse moves without a button (status bar only), drawn the same way.
  const std::vector<double> hover = stroke(axial, {150, 160, 150}, {360, 190, 150}, 20, Qt::NoButton);
  const double heartBefore = window.quantification()->result()->heartVolumeMl;
  std::vector<double> all;
  for (int s = 0; s < 5; ++s) {
    const int y = 180 + 20 * s;
    const std::vector<double> ms = stroke(axial, {150, y, 150}, {360, y + 30, 150}, 20);
    all.insert(all.end(), ms.begin(), ms.end());
  }
  // The worst case for drawing: strokes along the sagittal slice's line, so that every dab also
  // changes what the sagittal view shows (a view the pen is not in).
  std::vector<double> along;
  const std::size_t editsBefore = editPath.size();
  for (int s = 0; s < 5; ++s) {
    const int x = 256 + (s % 2);
    const std::vector<double> ms = stroke(axial, {x, 150 + 10 * s, 150}, {x, 330 + 10 * s, 150}, 20);
    along.insert(along.end(), ms.begin(), ms.end());
  }
  editPath.resize(editsBefore);
  const double heartAfter = window.quantification()->result()->heartVolumeMl;
  std::printf("| 20-dab brush stroke, 5 mm, 512 x 512 x 300, real window | median per dab | 95th percentile | max |\n|---|---|---|---|\n");
  std::printf("| mouse event to numbers and overlays on screen (%zu dabs) | %.1f ms | %.1f ms | %.1f ms |\n", all.size(), percentile(all, 0.5),
              percentile(all, 0.95), percentile(all, 1.0));
  std::printf("| the same along the sagittal slice's line, every dab crossing it (%zu dabs) | %.1f ms | %.1f ms | %.1f ms |\n", along.size(),
              percentile(along, 0.5), percentile(along, 0.95), percentile(along, 1.0));
  std::printf("| of which the edit path: event to scores, panel and overlays updated (%zu changing dabs) | %.1f ms | %.1f ms | %.1f ms |\n",
              editPath.size(), percentile(editPath, 0.5), percentile(editPath, 0.95), percentile(editPath, 1.0));
  std::printf("| the same mouse moves without painting (brush outline and status bar) | %.1f ms | %.1f ms | %.1f ms |\n", percentile(hover, 0.5),
              percentile(hover, 0.95), percentile(hover, 1.0));
  std::printf("| end of stroke: release to the step committed and every view drawn (%zu strokes) | %.1f ms | %.1f ms | %.1f ms |\n", releases.size(),
              percentile(releases, 0.5), percentile(releases, 0.95), percentile(releases, 1.0));
  std::printf("\nheart label %.1f -> %.1f mL (the panel followed the strokes)\n", heartBefore, heartAfter);

  // 100 strokes: what the undo history keeps (compressed deltas only).
  const int extra = argc > 1 ? std::atoi(argv[1]) : 95;
  for (int s = 0; s < extra; ++s) {
    const int y = 120 + (s % 40) * 6;
    const int z = 100 + s;
    window.viewerState()->setCursor({256, y, z});
    stroke(axial, {140, y, z}, {370, y + 20, z}, 20);
  }
  const EditHistory& h = session.edits()->history();
  std::printf("\n| 100 strokes of 20 dabs | undo steps | undo memory | budget |\n|---|---|---|---|\n");
  std::printf("| history | %zu | %.2f MB | %zu MB |\n", h.steps().size(), h.memoryBytes() / 1048576.0, h.budgetBytes() >> 20);
  return 0;
}
