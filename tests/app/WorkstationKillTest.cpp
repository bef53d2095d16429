// Never lose work, tried on the real program: `heaorta-workstation` is started on the demo study,
// a reader paints with X input (xdotool: key presses and mouse drags the X server delivers, as a
// mouse would), starts another stroke and the process is killed with SIGKILL mid-stroke. The
// journal left behind replays to the completed stroke; the next start offers it back, the
// restored masks are on screen (screenshot), and the restored undo history undoes the stroke.
#include "core/edit/EditJournal.h"
#include "core/model/LabelMap.h"
#include "tests/support/ScreenCapture.h"
#include "tests/support/SyntheticDicom.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <filesystem>

using namespace heaorta;
using namespace heaorta::test;

namespace {

QByteArray run(const QString& program, const QStringList& arguments) {
  QProcess p;
  p.start(program, arguments);
  p.waitForFinished(30000);
  return p.readAllStandardOutput();
}

void xdotool(const QStringList& arguments) {
  run(QStringLiteral("xdotool"), arguments);
  QTest::qWait(300);  // let the application handle what the X server delivered
}

// The X window of `pid` whose title contains `title`, waiting for it to be mapped.
QString waitForWindow(qint64 pid, const QString& title, int timeoutMs = 120000) {
  QString id;
  (void)QTest::qWaitFor(
      [&] {
        const QByteArray out = run(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("--onlyvisible"),
                                                               QStringLiteral("--pid"), QString::number(pid), QStringLiteral("--name"), title});
        id = QString::fromLatin1(out.trimmed()).section(QLatin1Char('\n'), 0, 0);
        return !id.isEmpty();
      },
      timeoutMs);
  return id;
}

// Pixels where the red heart overlay shows (the CT under it is grey).
int reddish(const QImage& image, const QRect& area) {
  int n = 0;
  for (int y = area.top(); y <= area.bottom(); ++y)
    for (int x = area.left(); x <= area.right(); ++x) {
      const QColor c = image.pixelColor(x, y);
      n += c.red() > c.green() + 50 && c.red() > c.blue() + 50;
    }
  return n;
}

std::vector<std::filesystem::path> journalRoots(const QString& dataHome) {
  std::vector<std::filesystem::path> roots;
  QDirIterator it(dataHome, {QStringLiteral("autosave")}, QDir::Dirs, QDirIterator::Subdirectories);
  while (it.hasNext()) roots.push_back(it.next().toStdString());
  return roots;
}

std::size_t heartVoxels(const EditJournal::Recovered& r) {
  LabelMap labels = r.baseline;
  ArteryAssignments arteries = r.baselineArteries;
  EditJournal::replay(r, labels, arteries);
  return static_cast<std::size_t>(std::count(labels.voxels().begin(), labels.voxels().end(), Heart));
}

class Workstation {
 public:
  explicit Workstation(const QProcessEnvironment& env) {
    process_.setProcessEnvironment(env);
    process_.setProcessChannelMode(QProcess::ForwardedChannels);
    // -geometry (Qt's X11 option): the same layout, and so the same screen positions, every start.
    process_.start(
        QString::fromLocal8Bit(qgetenv("HEAORTA_WORKSTATION")),
        {QStringLiteral("-geometry"), QStringLiteral("1600x1000+0+0"), QString::fromStdString((sourceDir() / "resources/demo/chest-ct").string())});
  }
  ~Workstation() { kill(); }
  qint64 pid() const { return process_.processId(); }
  bool running() const { return process_.state() == QProcess::Running; }
  void kill() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.kill();  // SIGKILL: no destructor, no clean-up
    process_.waitForFinished(10000);
  }

 private:
  QProcess process_;
};

}  // namespace

class WorkstationKillTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void killedMidStrokeTheNextStartRestoresTheStroke() {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // the X server xvfb-run started
    const QString patient = QStringLiteral("Lung_Dx-A0001");
    // Screen positions in the axial view of a 1600 x 1000 window at the screen's corner: over the
    // heart on the slice the demo opens at. The area is tall enough for the views' shift when the
    // banner above them appears with the first mask.
    const QRect strokeArea(585, 285, 110, 100);

    std::size_t painted = 0;
    {
      Workstation first(env);
      const QString window = waitForWindow(first.pid(), patient);  // the study is open
      QVERIFY2(!window.isEmpty(), "the workstation did not open the demo study");
      QTest::qWait(1500);
      QCOMPARE(reddish(captureScreen(), strokeArea), 0);  // no masks yet
      // No window manager: give the window the keyboard, as clicking it would under one.
      xdotool({QStringLiteral("windowfocus"), window});
      QTest::qWait(500);
      xdotool({QStringLiteral("mousemove"), QStringLiteral("600"), QStringLiteral("300"), QStringLiteral("click"), QStringLiteral("1")});
      xdotool({QStringLiteral("key"), QStringLiteral("b")});  // the brush
      xdotool({QStringLiteral("mousemove"), QStringLiteral("600"), QStringLiteral("300"), QStringLiteral("mousedown"), QStringLiteral("1")});
      for (int x = 610; x <= 680; x += 10) xdotool({QStringLiteral("mousemove"), QString::number(x), QString::number(300 + (x - 600) / 5)});
      xdotool({QStringLiteral("mouseup"), QStringLiteral("1")});
      // A second stroke, on screen but never completed.
      xdotool({QStringLiteral("mousemove"), QStringLiteral("600"), QStringLiteral("400"), QStringLiteral("mousedown"), QStringLiteral("1")});
      xdotool({QStringLiteral("mousemove"), QStringLiteral("640"), QStringLiteral("410")});
      QImage beforeKill;
      QTRY_VERIFY_WITH_TIMEOUT(reddish(beforeKill = captureScreen(), strokeArea) > 200, 20000);
      beforeKill.save(artefactPath(QStringLiteral("workstation-before-kill.png")));
      QVERIFY(first.running());
      first.kill();
    }

    // The journal the killed process left: one completed stroke, drawn from scratch.
    const std::vector<std::filesystem::path> roots = journalRoots(home.filePath(QStringLiteral("data")));
    QCOMPARE(roots.size(), std::size_t(1));
    const std::vector<std::filesystem::path> pending = EditJournal::pending(roots.front());
    QCOMPARE(pending.size(), std::size_t(1));
    const EditJournal::Recovered left = EditJournal::read(pending.front());
    QCOMPARE(left.position, std::size_t(1));
    painted = heartVoxels(left);
    QVERIFY2(painted > 100, qPrintable(QString::number(painted)));

    Workstation second(env);
    const QString question = waitForWindow(second.pid(), QStringLiteral("Restore unsaved edits"));
    QVERIFY2(!question.isEmpty(), "no restore offer after the kill");
    // Yes is the default button. Without a window manager the keyboard goes where XSetInputFocus
    // put it, and a key sent before Qt took the focus is lost: answer until the question goes.
    for (int attempt = 0; attempt < 10 && !waitForWindow(second.pid(), QStringLiteral("Restore unsaved edits"), 1000).isEmpty(); ++attempt) {
      xdotool({QStringLiteral("windowfocus"), question});
      QTest::qWait(500);
      xdotool({QStringLiteral("key"), QStringLiteral("Return")});
      QTest::qWait(1000);
    }
    const QString window = waitForWindow(second.pid(), patient);
    QVERIFY(!window.isEmpty());
    // The restored session owns the journal again (locked, so no longer pending).
    QTRY_VERIFY_WITH_TIMEOUT(EditJournal::pending(roots.front()).empty(), 60000);
    QImage restored;
    QTRY_VERIFY_WITH_TIMEOUT(reddish(restored = captureScreen(), strokeArea) > 200, 30000);
    restored.save(artefactPath(QStringLiteral("workstation-restored.png")));
    // The undo history came back: Ctrl+Z undoes the restored stroke, and the journal records it.
    // The question had the keyboard; with no window manager nobody gives it back to the window.
    xdotool({QStringLiteral("windowfocus"), window});
    QTest::qWait(500);
    xdotool({QStringLiteral("mousemove"), QStringLiteral("600"), QStringLiteral("300"), QStringLiteral("click"), QStringLiteral("1")});
    xdotool({QStringLiteral("key"), QStringLiteral("ctrl+z")});
    QTRY_VERIFY_WITH_TIMEOUT(EditJournal::read(pending.front()).position == 0, 20000);
    QImage undone;
    QTRY_COMPARE_WITH_TIMEOUT(reddish(undone = captureScreen(), strokeArea), 0, 20000);
    undone.save(artefactPath(QStringLiteral("workstation-undone.png")));
    const EditJournal::Recovered afterUndo = EditJournal::read(pending.front());
    QCOMPARE(heartVoxels(afterUndo), std::size_t(0));  // drawn from scratch: nothing before it
    QCOMPARE(afterUndo.steps.size(), std::size_t(1));  // the step stays, for redo
  }
};

QTEST_MAIN(WorkstationKillTest)
#include "WorkstationKillTest.moc"
