#pragma once

#include "core/util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <functional>

namespace heaorta {

class ProgressSink;

// Runs one PACS operation in a child process: the association, and everything DCMTK parses from
// the network (PDUs, answers, received instances), so that a PACS whose answer makes DCMTK abort
// or crash costs that operation, never the program. Progress comes back while the child runs, and
// the parent's cancel reaches the child; a refusal (HeaortaError) thrown there is thrown here.
class IsolatedPacsCall {
  Q_DECLARE_TR_FUNCTIONS(heaorta::IsolatedPacsCall)

 public:
  struct Context {
    QString peer;                                 // the PACS, as the user names it
    int timeoutSeconds = 30;                      // the association's own time-out: the child is killed after 3 x + 30 s of silence
    ErrorCode deathCode = ErrorCode::PeerFailed;  // what a dead child means for this operation
    QString aftermath;                            // what was kept when it died ("The partial study was removed.")
  };

  // `work` returns its result as bytes (see PacsWire); it runs here when no process can be started.
  static QByteArray run(const Context& context, ProgressSink& progress, const std::function<QByteArray(ProgressSink&)>& work);
};

}  // namespace heaorta
