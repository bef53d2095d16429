#pragma once

#include "app/gui/QtProgress.h"
#include "core/util/Error.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>
#include <functional>
#include <memory>
#include <optional>

namespace heaorta {

// Runs `work` on a worker thread, then calls `done` (result) or `failed` (error) on the GUI thread,
// unless `context` is gone by then.
template <typename Result>
void runOffThread(QObject* context, std::function<Result()> work, std::function<void(Result&)> done,
                  std::function<void(const HeaortaError&)> failed) {
  struct Outcome {
    std::optional<Result> result;
    std::optional<HeaortaError> error;
  };
  auto* watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(context);
  QObject::connect(watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, context, [=] {
    const std::shared_ptr<Outcome> outcome = watcher->result();
    watcher->deleteLater();
    if (outcome->result)
      done(*outcome->result);
    else
      failed(*outcome->error);
  });
  watcher->setFuture(QtConcurrent::run([work]() {
    auto outcome = std::make_shared<Outcome>();
    try {
      outcome->result = work();
    } catch (const HeaortaError& e) {
      outcome->error = e;
    } catch (const std::exception& e) {
      outcome->error = HeaortaError(ErrorCode::InvalidInput, QString::fromLocal8Bit(e.what()));
    }
    return outcome;
  }));
}

// The same behind a progress dialog with a Cancel button. The dialog never blocks the event loop.
template <typename Result>
void runInBackground(QWidget* parent, const QString& title, std::function<Result(ProgressSink&)> work, std::function<void(Result&)> done,
                     std::function<void(const HeaortaError&)> failed) {
  auto* progress = new QtProgress;
  auto* dialog = new QProgressDialog(title, QProgressDialog::tr("Cancel"), 0, 1000, parent);
  dialog->setWindowModality(Qt::WindowModal);
  dialog->setMinimumDuration(300);
  dialog->setAutoClose(false);
  dialog->setAutoReset(false);
  QObject::connect(progress, &QtProgress::progressed, dialog, [dialog, title](double fraction, const QString& stage) {
    dialog->setValue(static_cast<int>(fraction * 1000));
    dialog->setLabelText(QStringLiteral("%1\n%2").arg(title, stage));
  });
  QObject::connect(dialog, &QProgressDialog::canceled, progress, [progress] { progress->cancel(); });
  const auto finish = [dialog, progress] {
    dialog->close();
    dialog->deleteLater();
    progress->deleteLater();
  };
  runOffThread<Result>(
      dialog, [work, progress] { return work(*progress); },
      [done, finish](Result& result) {
        finish();
        done(result);
      },
      [failed, finish](const HeaortaError& error) {
        finish();
        failed(error);
      });
}

}  // namespace heaorta
