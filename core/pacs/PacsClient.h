#pragma once

#include "core/pacs/IsolatedPacsCall.h"
#include "core/pacs/PacsNode.h"
#include "core/pacs/PacsQuery.h"

#include <filesystem>
#include <string>
#include <vector>

namespace heaorta {

class ProgressSink;
class RetrievedStudyFolder;

struct PacsRetrieveResult {
  std::filesystem::path studyFolder;  // DIR/<StudyInstanceUID>, complete
  std::size_t instanceCount = 0;
};

struct PacsStoreResult {
  std::size_t stored = 0;
  std::vector<QString> failures;  // one line per file the PACS did not take, with the reason
};

// Echo, query, retrieve and store against one PACS (DCMTK dcmnet, optionally over TLS). Each call
// opens its own association in a child process (IsolatedPacsCall). Failures throw HeaortaError
// with a network ErrorCode (core/util/Error.h).
class PacsClient {
  Q_DECLARE_TR_FUNCTIONS(heaorta::PacsClient)

 public:
  PacsClient(PacsNode node, PacsCaller caller);

  // C-ECHO; returns the round trip in milliseconds (association included).
  double echo();
  PacsMatches find(const PacsQuery& query);
  // C-GET of a study (or one of its series) into `destination`/<StudyInstanceUID>.
  PacsRetrieveResult get(const std::string& studyUid, const std::string& seriesUid, const std::filesystem::path& destination, ProgressSink& progress);
  // C-MOVE to our own storage SCP listening on `localPort` under our AE title (which the PACS must
  // know as a destination with this host and port).
  PacsRetrieveResult move(const std::string& studyUid, const std::string& seriesUid, const std::filesystem::path& destination, quint16 localPort,
                          ProgressSink& progress);
  // C-STORE of DICOM files (a SEG, SR or encapsulated PDF we wrote, or images).
  PacsStoreResult store(const std::vector<std::filesystem::path>& files, ProgressSink& progress);

 private:
  // The same operations, in the calling process (the child's side).
  double echoHere();
  PacsMatches findHere(const PacsQuery& query);
  PacsRetrieveResult getHere(const std::string& studyUid, const std::string& seriesUid, RetrievedStudyFolder& folder, ProgressSink& progress);
  PacsRetrieveResult moveHere(const std::string& studyUid, const std::string& seriesUid, RetrievedStudyFolder& folder, quint16 localPort,
                              ProgressSink& progress);
  PacsStoreResult storeHere(const std::vector<std::filesystem::path>& files, ProgressSink& progress);
  IsolatedPacsCall::Context context(ErrorCode deathCode, const QString& aftermath) const;

  PacsNode node_;
  PacsCaller caller_;
};

}  // namespace heaorta
