#include "core/pacs/PacsStorageReceiver.h"

#include "core/pacs/PacsAssociation.h"
#include "core/pacs/RetrievedStudyFolder.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/scp.h>

#include <mutex>

namespace heaorta {

class PacsStorageReceiver::Scp final : public DcmSCP {
 public:
  Scp(const std::string& studyUid, RetrievedStudyFolder& folder) : studyUid_(studyUid), folder_(folder) {}

  std::atomic<bool> stop{false};

  std::string writeFailure() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return failure_;
  }

 protected:
  OFBool stopAfterConnectionTimeout() override { return stop.load(); }
  OFBool stopAfterCurrentAssociation() override { return stop.load(); }

  OFCondition handleIncomingCommand(T_DIMSE_Message* message, const DcmPresentationContextInfo& info) override {
    if (message->CommandField != DIMSE_C_STORE_RQ) return DcmSCP::handleIncomingCommand(message, info);
    T_DIMSE_C_StoreRQ& request = message->msg.CStoreRQ;
    const T_ASC_PresentationContextID context = info.presentationContextID;
    DcmDataset* received = nullptr;
    const OFCondition condition = receiveSTORERequest(request, context, received);
    std::unique_ptr<DcmDataset> dataset(received);
    if (condition.bad()) return condition;
    OFString study;
    dataset->findAndGetOFString(DCM_StudyInstanceUID, study);
    Uint16 status = STATUS_Success;
    std::string why;
    if (study.c_str() != studyUid_) {
      status = STATUS_STORE_Refused_SOPClassNotSupported;  // not what we asked for: never written
    } else if (!folder_.write(*dataset, &why)) {
      status = STATUS_STORE_Refused_OutOfResources;
      std::lock_guard<std::mutex> lock(mutex_);
      if (failure_.empty()) failure_ = why;
    }
    return sendSTOREResponse(context, request, status);
  }

 private:
  std::string studyUid_;
  RetrievedStudyFolder& folder_;
  mutable std::mutex mutex_;
  std::string failure_;
};

PacsStorageReceiver::PacsStorageReceiver(const PacsCaller& caller, quint16 port, const std::string& studyUid, RetrievedStudyFolder& folder)
    : scp_(std::make_unique<Scp>(studyUid, folder)) {
  configureDicomNetworkLogging();
  scp_->setAETitle(caller.aeTitle.toStdString().c_str());
  scp_->setPort(port);
  scp_->setConnectionBlockingMode(DUL_NOBLOCK);
  scp_->setConnectionTimeout(1);  // how often the accept loop looks at `stop`
  scp_->setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  scp_->setDIMSETimeout(static_cast<Uint32>(std::max(1, caller.timeoutSeconds)));
  scp_->setACSETimeout(static_cast<Uint32>(std::max(1, caller.timeoutSeconds)));
  scp_->setHostLookupEnabled(OFFalse);
  OFList<OFString> verification;
  verification.push_back(UID_LittleEndianExplicitTransferSyntax);
  verification.push_back(UID_LittleEndianImplicitTransferSyntax);
  scp_->addPresentationContext(UID_VerificationSOPClass, verification);
  for (const char* sopClass : PacsAssociation::receivedStorageClasses())
    scp_->addPresentationContext(sopClass, PacsAssociation::storageTransferSyntaxes());
  const OFCondition opened = scp_->openListenPort();
  if (opened.bad()) {
    throw HeaortaError(
        ErrorCode::InvalidInput,
        tr("Cannot listen on port %1 for the PACS to send the study to (C-MOVE): %2. Choose another port with --local-port, or use C-GET.")
            .arg(port)
            .arg(QString::fromLatin1(opened.text())));
  }
  thread_ = std::thread([this] { scp_->acceptAssociations(); });
}

PacsStorageReceiver::~PacsStorageReceiver() {
  scp_->stop.store(true);
  if (thread_.joinable()) thread_.join();
}

std::string PacsStorageReceiver::writeFailure() const { return scp_->writeFailure(); }

}  // namespace heaorta
