#include "core/pacs/IsolatedPacsCall.h"

#include "core/util/IsolatedWorker.h"
#include "core/util/Progress.h"

#include <atomic>
#include <cstring>
#include <optional>
#include <sys/mman.h>

namespace heaorta {
namespace {

// The parent's cancel, seen by the child: a flag in memory both processes share.
class SharedCancelFlag {
 public:
  SharedCancelFlag() {
    void* memory = mmap(nullptr, sizeof(std::atomic<bool>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory != MAP_FAILED) flag_ = new (memory) std::atomic<bool>(false);
  }
  ~SharedCancelFlag() {
    if (flag_ != nullptr) munmap(flag_, sizeof(std::atomic<bool>));
  }
  SharedCancelFlag(const SharedCancelFlag&) = delete;
  SharedCancelFlag& operator=(const SharedCancelFlag&) = delete;

  void raise() {
    if (flag_ != nullptr) flag_->store(true);
  }
  bool raised() const { return flag_ != nullptr && flag_->load(); }

 private:
  std::atomic<bool>* flag_ = nullptr;
};

// Messages from the child: 'P' progress (fraction, then the stage), 'R' the result, 'E' a refusal.
std::string progressMessage(double fraction, const QString& stage) {
  std::string message(1 + sizeof fraction, 'P');
  std::memcpy(message.data() + 1, &fraction, sizeof fraction);
  return message + stage.toStdString();
}

// The child's sink: progress goes to the parent, cancel comes from it.
class ChildProgress final : public ProgressSink {
 public:
  ChildProgress(const IsolatedWorker::Emit& emit, const SharedCancelFlag& cancel) : emit_(emit), cancel_(cancel) {}
  void report(double fraction, const QString& stage) override { emit_(progressMessage(fraction, stage)); }
  bool cancelRequested() const override { return cancel_.raised(); }

 private:
  const IsolatedWorker::Emit& emit_;
  const SharedCancelFlag& cancel_;
};

}  // namespace

QByteArray IsolatedPacsCall::run(const Context& context, ProgressSink& progress, const std::function<QByteArray(ProgressSink&)>& work) {
  SharedCancelFlag cancel;
  if (progress.cancelRequested()) cancel.raise();
  std::optional<QByteArray> result;
  std::optional<HeaortaError> refusal;
  // A child that never said a word is started once more (IsolatedWorker::run): that repeats nothing
  // the PACS saw done, since a store reports before its first file and a retrieve may be repeated.
  IsolatedWorker::Options options;
  options.keepStandardError = qEnvironmentVariableIsSet("HEAORTA_DICOM_LOG");
  const auto idle = std::chrono::seconds(3 * std::max(1, context.timeoutSeconds) + 30);
  const IsolatedWorker::Outcome outcome = IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        ChildProgress sink(emit, cancel);
        std::string answer;
        try {
          const QByteArray bytes = work(sink);
          answer = 'R' + bytes.toStdString();
        } catch (const HeaortaError& e) {
          answer = 'E' + e.encode();
        }
        emit(answer);
      },
      [&](std::string&& message) {
        if (message.empty()) return;
        if (message[0] == 'P' && message.size() >= 1 + sizeof(double)) {
          double fraction = 0;
          std::memcpy(&fraction, message.data() + 1, sizeof fraction);
          progress.report(fraction, QString::fromStdString(message.substr(1 + sizeof fraction)));
          if (progress.cancelRequested()) cancel.raise();
        } else if (message[0] == 'R') {
          result = QByteArray(message.data() + 1, static_cast<qsizetype>(message.size() - 1));
        } else if (message[0] == 'E') {
          refusal.emplace(HeaortaError::decode(message.substr(1)));
        }
      },
      idle, options);
  if (refusal) throw *refusal;
  if (result && outcome.kind == IsolatedWorker::Outcome::Finished) return *result;
  if (outcome.kind == IsolatedWorker::Outcome::Unavailable) return work(progress);  // no process to spare: talk from here
  const QString tail = context.aftermath.isEmpty() ? QString() : QLatin1Char(' ') + context.aftermath;
  if (outcome.kind == IsolatedWorker::Outcome::Hung)
    throw HeaortaError(ErrorCode::PeerTimeout,
                       tr("The exchange with the PACS %1 stopped (%2).%3").arg(context.peer, QString::fromStdString(outcome.describe()), tail));
  throw HeaortaError(context.deathCode, tr("The DICOM network layer stopped while talking to the PACS %1 (%2): its answer could not be read.%3")
                                            .arg(context.peer, QString::fromStdString(outcome.describe()), tail));
}

}  // namespace heaorta
