// Many inputs through children (IsolatedBatch): every item answered once, in full; the item a child
// dies or hangs on is the only one lost; how often a hanging item is tried.
#include "core/util/IsolatedBatch.h"

#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <map>
#include <unistd.h>

using namespace heaorta;
using namespace std::chrono_literals;

namespace {

// What came back, per item.
struct Record {
  std::map<std::size_t, std::vector<std::string>> parts;
  std::vector<std::size_t> answered;
  std::map<std::size_t, IsolatedWorker::Outcome> lost;
};

IsolatedBatch::Items itemsFor(Record& record, std::size_t count, std::function<void(std::size_t, const IsolatedBatch::Send&)> run) {
  IsolatedBatch::Items items;
  items.count = count;
  items.perChild = 8;
  items.threads = 2;
  items.idleTimeout = 1s;
  items.run = std::move(run);
  items.receive = [&record](std::size_t i, std::string&& part) { record.parts[i].push_back(std::move(part)); };
  items.answered = [&record](std::size_t i) { record.answered.push_back(i); };
  items.lost = [&record](std::size_t i, const IsolatedWorker::Outcome& how) { record.lost.emplace(i, how); };
  items.runHere = [](std::size_t) { QFAIL("a child could be started"); };
  return items;
}

// Counts the children that ran an item: each appends a byte to a file.
std::size_t tries(const QString& file) {
  std::ifstream in(file.toStdString(), std::ios::binary | std::ios::ate);
  return in ? static_cast<std::size_t>(in.tellg()) : 0;
}

}  // namespace

class IsolatedBatchTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void everyItemIsAnsweredOnceWithAllItsParts() {
    Record record;
    const pid_t parent = ::getpid();
    IsolatedBatch::run(itemsFor(record, 21, [parent](std::size_t i, const IsolatedBatch::Send& send) {
      for (std::size_t k = 0; k <= i % 3; ++k) send(std::to_string(i) + ':' + std::to_string(k) + (::getpid() == parent ? " here" : ""));
    }));
    QCOMPARE(record.answered.size(), std::size_t(21));
    QVERIFY(record.lost.empty());
    for (std::size_t i = 0; i < 21; ++i) {
      std::vector<std::string> expected;
      for (std::size_t k = 0; k <= i % 3; ++k) expected.push_back(std::to_string(i) + ':' + std::to_string(k));
      QCOMPARE(record.parts[i], expected);  // in order, from a child
    }
  }

  // Item 5 aborts: its child dies, the items it had not answered are run again alone; only 5 is
  // lost, with the signal.
  void theItemAChildDiesOnIsTheOnlyOneLost() {
    Record record;
    IsolatedBatch::Items items = itemsFor(record, 16, [](std::size_t i, const IsolatedBatch::Send& send) {
      send("start");
      if (i == 5) std::abort();
      send("end");
    });
    items.threads = 1;
    IsolatedBatch::run(items);
    QCOMPARE(record.lost.size(), std::size_t(1));
    QCOMPARE(record.lost.begin()->first, std::size_t(5));
    QCOMPARE(record.lost.begin()->second.kind, IsolatedWorker::Outcome::Crashed);
    QCOMPARE(record.lost.begin()->second.signal, SIGABRT);
    QCOMPARE(record.answered.size(), std::size_t(15));
    QCOMPARE(record.parts.count(5), std::size_t(0));  // a part leaves with the next one or the item's end
    QCOMPARE(record.parts[6], (std::vector<std::string>{"start", "end"}));
  }

  // A hanging item after answered ones: its chunk's child is not run again (it spoke), the item
  // gets one child alone. Tried twice in all.
  void aHangingItemIsTriedTwiceWhenItsChildSpoke() {
    QTemporaryDir dir;
    const QString counter = dir.filePath(QStringLiteral("tries"));
    Record record;
    IsolatedBatch::Items items = itemsFor(record, 4, [&counter](std::size_t i, const IsolatedBatch::Send& send) {
      if (i == 2) {
        std::ofstream(counter.toStdString(), std::ios::app) << 'x';
        ::pause();
      }
      send("done");
    });
    items.threads = 1;
    IsolatedBatch::run(items);
    QCOMPARE(tries(counter), std::size_t(2));
    QCOMPARE(record.lost.size(), std::size_t(1));
    QCOMPARE(record.lost.at(2).kind, IsolatedWorker::Outcome::Hung);
    QCOMPARE(record.answered.size(), std::size_t(3));
  }

  // A child silent from its start is run once more (a child forked while another thread held a lock
  // that is not fork-safe waits forever); then the item alone: three tries, three time-outs at most.
  void aSilentChildIsRunOnceMoreThenItsItemAlone() {
    QTemporaryDir dir;
    const QString counter = dir.filePath(QStringLiteral("tries"));
    Record record;
    IsolatedBatch::Items items = itemsFor(record, 1, [&counter](std::size_t, const IsolatedBatch::Send&) {
      std::ofstream(counter.toStdString(), std::ios::app) << 'x';
      ::pause();
    });
    IsolatedBatch::run(items);
    QCOMPARE(tries(counter), std::size_t(3));
    QCOMPARE(record.lost.size(), std::size_t(1));
    QCOMPARE(record.lost.at(0).kind, IsolatedWorker::Outcome::Hung);
  }

  // A refusal or a cancel between children stops the batch: the next child never starts.
  void beforeChildMayStopTheBatch() {
    Record record;
    IsolatedBatch::Items items = itemsFor(record, 24, [](std::size_t, const IsolatedBatch::Send& send) { send("x"); });
    int children = 0;
    items.beforeChild = [&children] {
      if (++children == 2) throw std::runtime_error("cancelled");
    };
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, IsolatedBatch::run(items));
    QCOMPARE(record.answered.size(), std::size_t(8));  // the first child's items only
  }
};

QTEST_GUILESS_MAIN(IsolatedBatchTest)
#include "IsolatedBatchTest.moc"
