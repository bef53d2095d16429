#include "core/pacs/PacsAssociation.h"

#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/dcmtls/tlslayer.h>
#include <dcmtk/oflog/oflog.h>

#include <csignal>
#include <mutex>

namespace heaorta {
namespace {

// What a CT study on a PACS holds besides the images: our SEG, SR and PDF, and the usual others.
const char* const kReceivedStorageClasses[] = {UID_CTImageStorage,
                                               UID_EnhancedCTImageStorage,
                                               UID_LegacyConvertedEnhancedCTImageStorage,
                                               UID_SegmentationStorage,
                                               UID_EnhancedSRStorage,
                                               UID_ComprehensiveSRStorage,
                                               UID_BasicTextSRStorage,
                                               UID_XRayRadiationDoseSRStorage,
                                               UID_EncapsulatedPDFStorage,
                                               UID_SecondaryCaptureImageStorage,
                                               UID_GrayscaleSoftcopyPresentationStateStorage,
                                               UID_KeyObjectSelectionDocumentStorage,
                                               UID_MRImageStorage,
                                               UID_PositronEmissionTomographyImageStorage,
                                               UID_RTStructureSetStorage,
                                               UID_RawDataStorage};

QString text(const OFCondition& condition) { return QString::fromLatin1(condition.text()); }

}  // namespace

void configureDicomNetworkLogging() {
  static std::once_flag once;
  std::call_once(once, [] {
    // A PACS closing the socket must not kill us with SIGPIPE; the failed send is reported instead.
    std::signal(SIGPIPE, SIG_IGN);
    const QByteArray level = qgetenv("HEAORTA_DICOM_LOG");
    OFLog::configure(level == "debug" ? OFLogger::DEBUG_LOG_LEVEL : level == "info" ? OFLogger::INFO_LOG_LEVEL : OFLogger::FATAL_LOG_LEVEL);
  });
}

PacsAssociation::PacsAssociation(const PacsNode& node, const PacsCaller& caller) : node_(node), caller_(caller) {
  configureDicomNetworkLogging();
  setAETitle(caller.aeTitle.toStdString().c_str());
  setPeerAETitle(node.aeTitle.toStdString().c_str());
  setPeerHostName(node.host.toStdString().c_str());
  setPeerPort(node.port);
  const Uint32 timeout = static_cast<Uint32>(std::max(1, caller.timeoutSeconds));
  setConnectionTimeout(static_cast<Sint32>(timeout));
  setACSETimeout(timeout);
  setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  setDIMSETimeout(timeout);
  setMaxReceivePDULength(ASC_DEFAULTMAXPDU);
}

PacsAssociation::~PacsAssociation() {
  if (isConnected()) closeAssociation(DCMSCU_ABORT_ASSOCIATION);
}

OFList<OFString> PacsAssociation::storageTransferSyntaxes() {
  OFList<OFString> syntaxes;
  for (const char* uid : {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax, UID_JPEGProcess14SV1TransferSyntax,
                          UID_JPEGProcess14TransferSyntax, UID_JPEGLSLosslessTransferSyntax, UID_JPEG2000LosslessOnlyTransferSyntax,
                          UID_RLELosslessTransferSyntax, UID_DeflatedExplicitVRLittleEndianTransferSyntax, UID_BigEndianExplicitTransferSyntax})
    syntaxes.push_back(uid);
  return syntaxes;
}

void PacsAssociation::offer(const char* abstractSyntax, T_ASC_SC_ROLE role) {
  OFList<OFString> syntaxes;
  syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
  syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
  addPresentationContext(abstractSyntax, syntaxes, role);
}

void PacsAssociation::offer(const char* abstractSyntax, const OFList<OFString>& transferSyntaxes) {
  addPresentationContext(abstractSyntax, transferSyntaxes);
}

std::vector<const char*> PacsAssociation::receivedStorageClasses() {
  return {std::begin(kReceivedStorageClasses), std::end(kReceivedStorageClasses)};
}

void PacsAssociation::offerStorageReceiving() {
  for (const char* sopClass : kReceivedStorageClasses) addPresentationContext(sopClass, storageTransferSyntaxes(), ASC_SC_ROLE_SCP);
}

void PacsAssociation::open() {
  OFCondition condition = initNetwork();
  if (condition.bad()) throw errorFor(condition, tr("preparing the connection"));
  if (node_.tls.enabled) {
    tls_ = std::make_unique<DcmTLSTransportLayer>(NET_REQUESTOR, nullptr, OFTrue);
    const auto tlsError = [this](const QString& why) {
      return HeaortaError(ErrorCode::SecureConnectionFailed,
                          tr("The secure (TLS) connection to %1 cannot be set up: %2.").arg(node_.toString(), why));
    };
    if (!*tls_) throw tlsError(tr("OpenSSL could not be initialised"));
    if (tls_->setTLSProfile(TSP_Profile_BCP195).bad() || tls_->activateCipherSuites().bad())
      throw tlsError(tr("the BCP 195 cipher suites are not available"));
    if (node_.tls.caCertificateFile.isEmpty()) throw tlsError(tr("no CA certificate was given (--tls-ca) to check the PACS's certificate against"));
    if (tls_->addTrustedCertificateFile(node_.tls.caCertificateFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad())
      throw tlsError(tr("the CA certificate %1 cannot be read (PEM expected)").arg(node_.tls.caCertificateFile));
    if (!node_.tls.certificateFile.isEmpty() || !node_.tls.privateKeyFile.isEmpty()) {
      if (tls_->setPrivateKeyFile(node_.tls.privateKeyFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad())
        throw tlsError(tr("the private key %1 cannot be read (PEM, unencrypted)").arg(node_.tls.privateKeyFile));
      if (tls_->setCertificateFile(node_.tls.certificateFile.toLocal8Bit().constData(), DCF_Filetype_PEM).bad())
        throw tlsError(tr("the certificate %1 cannot be read (PEM expected)").arg(node_.tls.certificateFile));
      if (!tls_->checkPrivateKeyMatchesCertificate()) throw tlsError(tr("the private key does not belong to the certificate"));
    }
    tls_->setCertificateVerification(DCV_requireCertificate);
    condition = useSecureConnection(tls_.get());
    if (condition.bad()) throw tlsError(text(condition));
  }
  condition = negotiateAssociation();
  if (condition.bad()) throw errorFor(condition, tr("opening the association"));
}

T_ASC_PresentationContextID PacsAssociation::acceptedContext(const char* abstractSyntax, const char* transferSyntax) {
  const T_ASC_PresentationContextID id = findAnyPresentationContextID(abstractSyntax, transferSyntax);
  if (id == 0) {
    const char* name = dcmFindNameOfUID(abstractSyntax, abstractSyntax);
    throw HeaortaError(ErrorCode::PeerFailed, tr("The PACS %1 does not accept %2.").arg(node_.toString(), QString::fromLatin1(name)));
  }
  return id;
}

void PacsAssociation::release() {
  if (isConnected()) releaseAssociation();
}

HeaortaError PacsAssociation::errorFor(const OFCondition& condition, const QString& action) const {
  const QString where = node_.toString();
  const QString detail = text(condition);
  const bool timedOut = condition == DUL_READTIMEOUT || condition == DIMSE_NODATAAVAILABLE ||
                        detail.contains(QLatin1String("timed out"), Qt::CaseInsensitive) ||
                        detail.contains(QLatin1String("timeout"), Qt::CaseInsensitive);
  if (timedOut)
    return HeaortaError(ErrorCode::PeerTimeout,
                        tr("The PACS %1 did not answer within %2 s while %3 (%4).").arg(where).arg(caller_.timeoutSeconds).arg(action, detail));
  if (condition.module() == OFM_dcmtls || condition.code() == DULC_TLSERROR || detail.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
    return HeaortaError(ErrorCode::SecureConnectionFailed, tr("The secure (TLS) connection to %1 failed while %2: %3. Check that the PACS speaks TLS "
                                                              "on this port and that its certificate chains to the CA given.")
                                                               .arg(where, action, detail));
  if (condition == DUL_ASSOCIATIONREJECTED)
    return HeaortaError(ErrorCode::AssociationRejected,
                        tr("The PACS %1 refused the association: check that its AE title is %2 and that our AE title %3 is registered there.")
                            .arg(where, node_.aeTitle, caller_.aeTitle));
  if (condition == NET_EC_NoAcceptablePresentationContexts)
    return HeaortaError(ErrorCode::PeerFailed, tr("The PACS %1 accepted the association but none of the services needed for %2.").arg(where, action));
  // A TLS peer that does not accept our certificate (or wants one) drops the connection after the
  // handshake, at our first write: the association never opened.
  if (node_.tls.enabled && !isConnected() && condition.code() != DULC_TCPINITERROR)
    return HeaortaError(
        ErrorCode::SecureConnectionFailed,
        tr("The PACS %1 closed the secure (TLS) connection while %2 (%3): it may require a certificate of ours, or not trust the one we sent.")
            .arg(where, action, detail));
  if (condition.code() == DULC_TCPINITERROR || condition == DUL_REQUESTASSOCIATIONFAILED ||
      (!isConnected() && (condition == DUL_PEERABORTEDASSOCIATION || condition == DUL_NETWORKCLOSED)))
    return HeaortaError(ErrorCode::PeerUnreachable,
                        tr("Cannot reach the PACS %1: nothing answers DICOM at %2 port %3 (is it running, are host and port right?). %4")
                            .arg(where, node_.host)
                            .arg(node_.port)
                            .arg(detail));
  return HeaortaError(ErrorCode::TransferIncomplete, tr("The connection to the PACS %1 broke while %2: %3.").arg(where, action, detail));
}

HeaortaError PacsAssociation::interruptedTransfer(const OFCondition& condition, const QString& action, const QString& aftermath) const {
  const HeaortaError cause = errorFor(condition, action);
  return HeaortaError(cause.code() == ErrorCode::PeerTimeout ? ErrorCode::PeerTimeout : ErrorCode::TransferIncomplete,
                      cause.message() + QLatin1Char(' ') + aftermath);
}

HeaortaError PacsAssociation::peerStatusError(unsigned short status, const QString& action) const {
  return HeaortaError(ErrorCode::PeerFailed, tr("The PACS %1 answered %2 with a failure (status 0x%3): it may not allow this for our AE title %4.")
                                                 .arg(node_.toString(), action)
                                                 .arg(status, 4, 16, QLatin1Char('0'))
                                                 .arg(caller_.aeTitle));
}

}  // namespace heaorta
