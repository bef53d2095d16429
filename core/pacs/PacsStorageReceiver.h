#pragma once

#include "core/pacs/PacsNode.h"

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace heaorta {

class RetrievedStudyFolder;

// Our storage SCP for C-MOVE: listens on a local port under our AE title in its own thread and
// writes what the PACS sends for the study being moved (instances of other studies are refused).
class PacsStorageReceiver {
  Q_DECLARE_TR_FUNCTIONS(heaorta::PacsStorageReceiver)

 public:
  // Opens the port now (throws InvalidInput when it is taken or not allowed) and starts accepting.
  PacsStorageReceiver(const PacsCaller& caller, quint16 port, const std::string& studyUid, RetrievedStudyFolder& folder);
  ~PacsStorageReceiver();  // stops accepting and joins the thread
  PacsStorageReceiver(const PacsStorageReceiver&) = delete;
  PacsStorageReceiver& operator=(const PacsStorageReceiver&) = delete;

  // The first write failure, empty if none (the PACS then counts the sub-operation as failed).
  std::string writeFailure() const;

 private:
  class Scp;
  std::unique_ptr<Scp> scp_;
  std::thread thread_;
};

}  // namespace heaorta
