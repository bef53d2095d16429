// Never lose work: a process running the real main window paints, undoes, starts one more stroke
// and is killed with SIGKILL in the middle of it. The next start offers the edits back and restores
// exactly the masks after the last completed stroke, with the undo history.
#include "app/gui/MainWindow.h"
#include "app/gui/MprPanel.h"
#include "app/gui/editing/EditPanel.h"
#include "app/gui/editing/LabelEditSession.h"
#include "core/edit/EditJournal.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/io/VolumeFileIO.h"
#include "core/quant/QuantResultJson.h"
#include "viewers/vtk/VtkOpenGLWidget.h"
#include "tests/support/SyntheticDicom.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <cstdio>

using namespace heaorta;
using namespace heaorta::test;

namespace {

void moveTo(QWidget* view, const QPointF& p) {
  QMouseEvent move(QEvent::MouseMove, p, view->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(view, &move);
  QApplication::processEvents();
}

void stroke(SliceView* view, const Index3& from, const Index3& to, bool release) {
  const QPointF a = view->widgetPositionOf(from), b = view->widgetPositionOf(to);
  QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, a.toPoint());
  for (int s = 1; s <= 10; ++s) moveTo(view, a + (b - a) * (s / 10.0));
  if (release) QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, b.toPoint());
}

// The child: the workstation as a reader uses it, until it is killed.
int runChild(const QString& journalRoot, const QString& reference) {
  QCoreApplication::setOrganizationName(QStringLiteral("HeaortaRecoveryTest"));
  StudySession session;
  session.edits()->setJournalRoot(journalRoot.toStdString());
  MainWindow window(&session);
  window.resize(1400, 1000);
  window.show();
  QSignalSpy opened(&window, &MainWindow::studyOpened);
  window.openPath(sourceDir() / "resources/demo/chest-ct");
  if (!opened.wait(60000)) return 10;
  QSignalSpy segmented(&window, &MainWindow::segmentationFinished);
  window.segment();
  if (!segmented.wait(180000)) return 11;
  window.editPanel()->setTool(EditPanel::Brush);
  window.viewerState()->setCursor({256, 256, 28});
  SliceView* axial = window.mprPanel()->view(Plane::Axial);
  stroke(axial, {180, 150, 28}, {330, 160, 28}, true);
  stroke(axial, {200, 300, 28}, {260, 340, 28}, true);
  window.editPanel()->setTool(EditPanel::Eraser);
  stroke(axial, {250, 200, 28}, {300, 260, 28}, true);
  session.edits()->undo();  // the eraser stroke, undone: redo stays possible
  window.editPanel()->setTool(EditPanel::Brush);
  stroke(axial, {150, 250, 28}, {350, 250, 28}, true);  // a new step: the undone one is gone
  QApplication::processEvents();
  VolumeFileIO::writeLabelMap(*session.labels(), reference.toStdString());
  QFile scores(reference + QStringLiteral(".json"));
  if (!scores.open(QIODevice::WriteOnly)) return 12;
  scores.write(QJsonDocument(toJson(*window.quantification()->result())).toJson());
  scores.close();
  stroke(axial, {100, 100, 28}, {400, 400, 28}, false);  // on screen, never completed
  std::printf("READY %zu\n", session.edits()->history().position());
  std::fflush(stdout);
  return QApplication::exec();
}

}  // namespace

class EditRecoveryTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void killedMidStrokeRestoresTheLastCompletedStroke() {
    QTemporaryDir scratch;
    const QString journals = scratch.filePath(QStringLiteral("autosave"));
    const QString reference = scratch.filePath(QStringLiteral("reference.nii.gz"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), journals, reference});
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("READY") || child.state() == QProcess::NotRunning, 240000);
    QVERIFY2(said.contains("READY 3"), said.constData());
    child.kill();  // SIGKILL: no destructor, no clean-up
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const LabelMap expected = VolumeFileIO::readLabelMap(reference.toStdString());
    QCOMPARE(EditJournal::pending(journals.toStdString()).size(), std::size_t(1));
    QCoreApplication::setOrganizationName(QStringLiteral("HeaortaRecoveryTest"));
    StudySession session;
    session.edits()->setJournalRoot(journals.toStdString());
    MainWindow window(&session);
    window.resize(1400, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy restored(&window, &MainWindow::editsRestored);
    window.offerRestore();
    auto* question = window.findChild<QMessageBox*>(QStringLiteral("restoreQuestion"));
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("resources/demo/chest-ct")), qPrintable(question->text()));
    question->button(QMessageBox::Yes)->click();
    QVERIFY(restored.wait(120000));
    QVERIFY(session.labels());
    QCOMPARE(session.labels()->size(), expected.size());
    QVERIFY(session.labels()->voxels() == expected.voxels());
    // The undo history came back too: three steps; undoing them all gives the segmenter's masks.
    QCOMPARE(session.edits()->history().position(), std::size_t(3));
    QCOMPARE(session.edits()->history().steps()[2].title(), QStringLiteral("Brush stroke (heart)"));
    QVERIFY(session.edits()->hasUnsavedEdits());
    // The numbers on screen are those before the kill (bone mask and cautions came back too).
    QFile before(reference + QStringLiteral(".json"));
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QJsonObject expectedScores = QJsonDocument::fromJson(before.readAll()).object();
    QTRY_VERIFY(window.quantification()->result().has_value());
    const QJsonObject restoredScores = toJson(*window.quantification()->result());
    for (const char* key : {"coronary", "aorta_ascending", "aorta_descending", "pericardial_fat_ml", "heart_volume_ml", "risk"})
      QCOMPARE(restoredScores[QLatin1String(key)], expectedScores[QLatin1String(key)]);
    QVERIFY(window.quantification()->result()->hasNotice(QStringLiteral("fallback-segmenter")));
    QVERIFY(window.quantification()->result()->hasNotice(QStringLiteral("reader-edited")));
    QVERIFY2(session.segmenter().contains(QStringLiteral("restored")), qPrintable(session.segmenter()));
    window.grab().toImage().save(artefactPath(QStringLiteral("edit-restored.png")));
    while (session.edits()->undo()) {
    }
    QVERIFY(!session.edits()->provenance().edited());
  }
};

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  if (argc >= 4 && QByteArray(argv[1]) == "--child") return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
  EditRecoveryTest test;
  return QTest::qExec(&test, argc, argv);
}

#include "EditRecoveryTest.moc"
