#include "core/util/Progress.h"

#include "core/util/Error.h"

#include <QCoreApplication>

namespace heaorta {

void throwIfCancelled(const ProgressSink& progress) {
  if (progress.cancelRequested()) throw HeaortaError(ErrorCode::Cancelled, QCoreApplication::translate("heaorta", "Cancelled by the user."));
}

}  // namespace heaorta
