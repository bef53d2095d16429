#pragma once

#include "core/util/Progress.h"

#include <QObject>
#include <atomic>

namespace heaorta {

// A ProgressSink that worker threads report into; the GUI thread receives `progressed` queued.
class QtProgress : public QObject, public ProgressSink {
  Q_OBJECT

 public:
  using QObject::QObject;
  void report(double fraction, const QString& stage) override { Q_EMIT progressed(fraction, stage); }
  bool cancelRequested() const override { return cancelled_.load(); }
  void cancel() { cancelled_.store(true); }

 Q_SIGNALS:
  void progressed(double fraction, const QString& stage);

 private:
  std::atomic<bool> cancelled_{false};
};

}  // namespace heaorta
