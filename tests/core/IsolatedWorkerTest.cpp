// The child process that third-party parsers run in: what comes back when the work finishes,
// aborts, crashes, hangs or throws.
#include "core/util/IsolatedWorker.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <unistd.h>

using namespace heaorta;
using Kind = IsolatedWorker::Outcome::Kind;
using namespace std::chrono_literals;

class IsolatedWorkerTest : public QObject {
  Q_OBJECT

  std::vector<std::string> received_;
  IsolatedWorker::Outcome run(const std::function<void(const IsolatedWorker::Emit&)>& work, std::chrono::milliseconds timeout = 10s) {
    received_.clear();
    return IsolatedWorker::run(
        work, [this](std::string&& m) { received_.push_back(std::move(m)); }, timeout);
  }

 private Q_SLOTS:
  void messagesArriveInOrderAndWhole() {
    const std::string big(3 << 20, 'x');  // larger than the pipe's buffer
    const auto outcome = run([&](const IsolatedWorker::Emit& emit) {
      emit("one");
      emit(std::string());
      emit(big);
      emit(std::string("a\0b", 3));
    });
    QCOMPARE(outcome.kind, Kind::Finished);
    QCOMPARE(received_.size(), std::size_t(4));
    QCOMPARE(received_[0], std::string("one"));
    QVERIFY(received_[1].empty());
    QVERIFY(received_[2] == big);
    QCOMPARE(received_[3], std::string("a\0b", 3));
  }

  void anAbortCostsTheChildAndSaysHowFarItGot() {
    const auto outcome = run([](const IsolatedWorker::Emit& emit) {
      emit("first");
      emit("second");
      std::abort();
    });
    QCOMPARE(outcome.kind, Kind::Crashed);
    QCOMPARE(outcome.signal, SIGABRT);
    QCOMPARE(outcome.describe(), std::string("signal 6 (Aborted)"));
    QCOMPARE(received_.size(), std::size_t(2));
  }

  void aSegmentationFaultIsACrash() {
    // In sanitized builds too: the child dies of the signal, not through the sanitizer's handler.
    const auto outcome = run([](const IsolatedWorker::Emit&) { std::raise(SIGSEGV); });
    QCOMPARE(outcome.kind, Kind::Crashed);
    QCOMPARE(outcome.signal, SIGSEGV);
  }

  void aChildThatStopsAnsweringIsKilled() {
    QElapsedTimer clock;
    clock.start();
    const auto outcome = run(
        [](const IsolatedWorker::Emit& emit) {
          emit("started");
          for (;;) pause();
        },
        300ms);
    QCOMPARE(outcome.kind, Kind::Hung);
    QCOMPARE(received_.size(), std::size_t(1));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
  }

  // A child forked while another thread held a lock inherits it locked and waits forever (the
  // sanitized workstation's children did, on AddressSanitizer's allocator, for the whole 30 s
  // time-out): seen in seconds, and the work is started again.
  void aChildStuckOnAnInheritedLockIsStartedAgain() {
    QTemporaryDir dir;
    const std::string tries = dir.filePath(QStringLiteral("tries")).toStdString();
    std::mutex held;
    held.lock();  // by this thread: every child inherits it locked, with nobody to release it
    QElapsedTimer clock;
    clock.start();
    const auto outcome = run(
        [&](const IsolatedWorker::Emit& emit) {
          const bool first = !std::filesystem::exists(tries);
          std::ofstream(tries, std::ios::app).put('x');
          if (first) held.lock();
          emit("done");
        },
        60s);
    held.unlock();
    QCOMPARE(outcome.kind, Kind::Finished);
    QCOMPARE(received_, std::vector<std::string>{"done"});
    QCOMPARE(std::filesystem::file_size(tries), std::uintmax_t(2));
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
  }

  void aChildAlwaysStuckIsGivenUpAfterThreeTries() {
    QTemporaryDir dir;
    const std::string tries = dir.filePath(QStringLiteral("tries")).toStdString();
    std::mutex held;
    held.lock();
    QElapsedTimer clock;
    clock.start();
    const auto outcome = run(
        [&](const IsolatedWorker::Emit&) {
          std::ofstream(tries, std::ios::app).put('x');
          held.lock();
        },
        60s);
    held.unlock();
    QCOMPARE(outcome.kind, Kind::Stuck);
    QCOMPARE(outcome.describe(), std::string("stuck on a lock for 3 s"));
    QCOMPARE(std::filesystem::file_size(tries), std::uintmax_t(3));
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
  }

  // All of a child's threads on futexes is not enough: these wake themselves (a timed wait), so the
  // child is busy, not stuck, and finishes.
  void aChildWhoseThreadsWaitWithATimeOutIsNotStuck() {
    const auto outcome = run(
        [](const IsolatedWorker::Emit& emit) {
          std::thread waiter([] {
            std::mutex m;
            std::condition_variable never;
            std::unique_lock<std::mutex> lock(m);
            const auto until = std::chrono::steady_clock::now() + 6s;
            while (std::chrono::steady_clock::now() < until) never.wait_for(lock, 100ms);
          });
          waiter.join();
          emit("woke");
        },
        30s);
    QCOMPARE(outcome.kind, Kind::Finished);
    QCOMPARE(received_, std::vector<std::string>{"woke"});
  }

  void anExceptionIsAFailureNotACrash() {
    const auto outcome = run([](const IsolatedWorker::Emit&) { throw std::runtime_error("bad file"); });
    QCOMPARE(outcome.kind, Kind::Failed);
    QCOMPARE(outcome.describe(), std::string("the parser failed"));
  }

  // The parent goes on with its own threads and memory untouched, and many children may run at once.
  void childrenRunSideBySide() {
    std::vector<std::thread> threads;
    std::vector<IsolatedWorker::Outcome> outcomes(8);
    std::vector<std::size_t> counts(8);
    for (int t = 0; t < 8; ++t)
      threads.emplace_back([&, t] {
        outcomes[t] = IsolatedWorker::run(
            [t](const IsolatedWorker::Emit& emit) {
              for (int i = 0; i <= t; ++i) emit(std::to_string(i));
              if (t % 2) std::abort();
            },
            [&counts, t](std::string&&) { ++counts[t]; }, 10s);
      });
    for (auto& th : threads) th.join();
    for (int t = 0; t < 8; ++t) {
      QCOMPARE(outcomes[t].kind, t % 2 ? Kind::Crashed : Kind::Finished);
      QCOMPARE(counts[t], std::size_t(t + 1));
    }
  }
};

QTEST_GUILESS_MAIN(IsolatedWorkerTest)
#include "IsolatedWorkerTest.moc"
