#pragma once

#include "core/pacs/PacsNode.h"
#include "core/util/Error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/scu.h>

#include <memory>
#include <vector>

class DcmTLSTransportLayer;

namespace heaorta {

// One association with a PACS under our AE title, time-outs and optional TLS. Every DCMTK failure
// becomes a HeaortaError whose code tells unreachable, time-out, refusal, TLS and peer failures
// apart (each is its own exit code in the CLI).
class PacsAssociation : public DcmSCU {
  Q_DECLARE_TR_FUNCTIONS(heaorta::PacsAssociation)

 public:
  PacsAssociation(const PacsNode& node, const PacsCaller& caller);
  ~PacsAssociation() override;

  // Proposes an abstract syntax with the transfer syntaxes we read and write.
  void offer(const char* abstractSyntax, T_ASC_SC_ROLE role = ASC_SC_ROLE_DEFAULT);
  void offer(const char* abstractSyntax, const OFList<OFString>& transferSyntaxes);
  // Proposes to receive every storage class a CT study holds (C-GET's C-STORE sub-operations).
  void offerStorageReceiving();
  // Connects and negotiates; throws on failure.
  void open();
  // The accepted context for an abstract syntax; throws PeerFailed when the PACS declined it.
  T_ASC_PresentationContextID acceptedContext(const char* abstractSyntax, const char* transferSyntax = "");
  void release();

  const PacsNode& node() const { return node_; }
  const PacsCaller& caller() const { return caller_; }
  // `action` says what we were doing ("querying", "retrieving"), for the message.
  HeaortaError errorFor(const OFCondition& condition, const QString& action) const;
  HeaortaError peerStatusError(unsigned short status, const QString& action) const;
  // A failure once instances were flowing: a time-out stays a time-out, anything else means the
  // transfer is incomplete. `aftermath` says what was sent or kept.
  HeaortaError interruptedTransfer(const OFCondition& condition, const QString& action, const QString& aftermath) const;

  // Standard transfer syntaxes for storage: uncompressed first, then the lossless compressions.
  static OFList<OFString> storageTransferSyntaxes();
  // The storage SOP classes we receive: what a CT study holds, our SEG/SR/PDF among them.
  static std::vector<const char*> receivedStorageClasses();

 private:
  PacsNode node_;
  PacsCaller caller_;
  std::unique_ptr<DcmTLSTransportLayer> tls_;
};

// DCMTK's network log goes to stderr at warning level unless HEAORTA_DICOM_LOG=debug|info
// asks for more; our own messages already say what failed.
void configureDicomNetworkLogging();

}  // namespace heaorta
