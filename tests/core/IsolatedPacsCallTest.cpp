// A PACS operation in its child process: what the parent gets back when the child answers,
// refuses, dies, or is asked to stop.
#include "core/pacs/IsolatedPacsCall.h"
#include "core/util/Progress.h"

#include <QElapsedTimer>
#include <QTest>
#include <cstdlib>
#include <thread>
#include <unistd.h>

using namespace heaorta;
using namespace std::chrono_literals;

namespace {

// Records what the child reported; asks to stop once `cancelAfter` reports have arrived.
class RecordingProgress final : public ProgressSink {
 public:
  explicit RecordingProgress(int cancelAfter = -1) : cancelAfter_(cancelAfter) {}
  void report(double fraction, const QString& stage) override { reports.push_back({fraction, stage}); }
  bool cancelRequested() const override { return cancelAfter_ >= 0 && static_cast<int>(reports.size()) >= cancelAfter_; }
  std::vector<std::pair<double, QString>> reports;

 private:
  int cancelAfter_;
};

IsolatedPacsCall::Context retrieving() {
  return {QStringLiteral("ORTHANC@127.0.0.1:4242"), 2, ErrorCode::TransferIncomplete, QStringLiteral("Nothing was kept.")};
}

}  // namespace

class IsolatedPacsCallTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void theResultAndTheProgressComeBack() {
    RecordingProgress progress;
    const pid_t parent = ::getpid();
    const QByteArray result = IsolatedPacsCall::run(retrieving(), progress, [parent](ProgressSink& sink) {
      sink.report(0.25, QStringLiteral("Retrieving 從 PACS"));
      sink.report(1.0, QStringLiteral("Done"));
      return QByteArray(::getpid() == parent ? "here" : "child").append('\0').append("end");
    });
    QCOMPARE(result, QByteArray("child").append('\0').append("end"));  // it ran in another process, and binary-safe
    QCOMPARE(progress.reports.size(), std::size_t(2));
    QCOMPARE(progress.reports[0].first, 0.25);
    QCOMPARE(progress.reports[0].second, QStringLiteral("Retrieving 從 PACS"));
  }

  void aRefusalArrivesAsItself() {
    RecordingProgress progress;
    try {
      IsolatedPacsCall::run(retrieving(), progress, [](ProgressSink&) -> QByteArray {
        throw HeaortaError(ErrorCode::AssociationRejected, QStringLiteral("The PACS refused the association."));
      });
      QFAIL("no error");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::AssociationRejected);
      QCOMPARE(e.message(), QStringLiteral("The PACS refused the association."));
    }
  }

  // What DCMTK's abort() on a malformed PDU would do: the child dies, the caller gets a refusal
  // that names the peer, the signal and what was kept.
  void aChildThatAbortsCostsTheCallNotTheProcess() {
    RecordingProgress progress;
    try {
      IsolatedPacsCall::run(retrieving(), progress, [](ProgressSink& sink) -> QByteArray {
        sink.report(0.5, QStringLiteral("half"));
        std::abort();
      });
      QFAIL("no error");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::TransferIncomplete);
      QVERIFY2(e.message().contains(QStringLiteral("ORTHANC@127.0.0.1:4242")), qPrintable(e.message()));
      QVERIFY2(e.message().contains(QStringLiteral("signal 6")), qPrintable(e.message()));
      QVERIFY2(e.message().endsWith(QStringLiteral("Nothing was kept.")), qPrintable(e.message()));
    }
    QCOMPARE(progress.reports.size(), std::size_t(1));
  }

  // The user's cancel in this process reaches the child, which stops at its next check.
  void aCancelReachesTheChild() {
    RecordingProgress progress(1);
    QElapsedTimer clock;
    clock.start();
    try {
      IsolatedPacsCall::run(retrieving(), progress, [](ProgressSink& sink) -> QByteArray {
        for (int i = 0; i < 500; ++i) {
          sink.report(i / 500.0, QStringLiteral("instance"));
          if (sink.cancelRequested()) throw HeaortaError(ErrorCode::Cancelled, QStringLiteral("cancelled at %1").arg(i));
          std::this_thread::sleep_for(20ms);
        }
        return QByteArray("never cancelled");
      });
      QFAIL("no error");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
  }
};

QTEST_GUILESS_MAIN(IsolatedPacsCallTest)
#include "IsolatedPacsCallTest.moc"
