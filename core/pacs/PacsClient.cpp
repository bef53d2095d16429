#include "core/pacs/PacsClient.h"

#include "core/pacs/PacsAnswer.h"
#include "core/pacs/PacsAssociation.h"
#include "core/pacs/PacsWire.h"
#include "core/pacs/RetrievedStudyFolder.h"
#include "core/util/Progress.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QRegularExpression>
#include <chrono>
#include <set>

namespace heaorta {
namespace {

void putKey(DcmDataset& keys, const DcmTagKey& tag, const QString& text = {}) { keys.putAndInsertString(tag, text.toUtf8().constData()); }

bool isSuccessOrWarning(Uint16 status) { return status == STATUS_Success || (status & 0xf000) == 0xb000; }

}  // namespace

QString PacsQuery::problem() const {
  static const QRegularExpression dates(QStringLiteral("^(\\d{8})?(-(\\d{8})?)?$"));
  if (!dateRange.isEmpty() && (!dates.match(dateRange).hasMatch() || dateRange == QLatin1String("-")))
    return PacsClient::tr("the date \"%1\" is not YYYYMMDD, YYYYMMDD-YYYYMMDD, YYYYMMDD- or -YYYYMMDD").arg(dateRange);
  if (level == Level::Series && studyInstanceUid.isEmpty()) return PacsClient::tr("a series query needs the study's UID (--study)");
  return {};
}

PacsClient::PacsClient(PacsNode node, PacsCaller caller) : node_(std::move(node)), caller_(std::move(caller)) {}

double PacsClient::echo() {
  NullProgress quiet;
  return PacsWire::toEcho(
      IsolatedPacsCall::run(context(ErrorCode::PeerFailed, {}), quiet, [this](ProgressSink&) { return PacsWire::fromEcho(echoHere()); }));
}

PacsMatches PacsClient::find(const PacsQuery& query) {
  NullProgress quiet;
  return PacsWire::toMatches(
      IsolatedPacsCall::run(context(ErrorCode::PeerFailed, {}), quiet, [&](ProgressSink&) { return PacsWire::fromMatches(findHere(query)); }));
}

PacsRetrieveResult PacsClient::get(const std::string& studyUid, const std::string& seriesUid, const std::filesystem::path& destination,
                                   ProgressSink& progress) {
  RetrievedStudyFolder folder(destination, studyUid);  // made here, so that it is removed here when the child dies
  return PacsWire::toRetrieve(
      IsolatedPacsCall::run(context(ErrorCode::TransferIncomplete, tr("The partial study was removed.")), progress,
                            [&](ProgressSink& sink) { return PacsWire::fromRetrieve(getHere(studyUid, seriesUid, folder, sink)); }));
}

PacsRetrieveResult PacsClient::move(const std::string& studyUid, const std::string& seriesUid, const std::filesystem::path& destination,
                                    quint16 localPort, ProgressSink& progress) {
  RetrievedStudyFolder folder(destination, studyUid);
  return PacsWire::toRetrieve(
      IsolatedPacsCall::run(context(ErrorCode::TransferIncomplete, tr("The partial study was removed.")), progress,
                            [&](ProgressSink& sink) { return PacsWire::fromRetrieve(moveHere(studyUid, seriesUid, folder, localPort, sink)); }));
}

PacsStoreResult PacsClient::store(const std::vector<std::filesystem::path>& files, ProgressSink& progress) {
  return PacsWire::toStore(IsolatedPacsCall::run(context(ErrorCode::TransferIncomplete, tr("Files sent before it stopped stay on the PACS.")),
                                                 progress, [&](ProgressSink& sink) { return PacsWire::fromStore(storeHere(files, sink)); }));
}

IsolatedPacsCall::Context PacsClient::context(ErrorCode deathCode, const QString& aftermath) const {
  return {node_.toString(), caller_.timeoutSeconds, deathCode, aftermath};
}

double PacsClient::echoHere() {
  const auto start = std::chrono::steady_clock::now();
  PacsAssociation association(node_, caller_);
  association.offer(UID_VerificationSOPClass);
  association.open();
  const OFCondition condition = association.sendECHORequest(association.acceptedContext(UID_VerificationSOPClass));
  if (condition.bad()) throw association.errorFor(condition, tr("echoing"));
  association.release();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

PacsMatches PacsClient::findHere(const PacsQuery& query) {
  if (const QString problem = query.problem(); !problem.isEmpty()) throw HeaortaError(ErrorCode::InvalidInput, tr("Cannot query: %1.").arg(problem));
  DcmDataset keys;
  const bool series = query.level == PacsQuery::Level::Series;
  putKey(keys, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
  putKey(keys, DCM_QueryRetrieveLevel, series ? QStringLiteral("SERIES") : QStringLiteral("STUDY"));
  putKey(keys, DCM_StudyInstanceUID, query.studyInstanceUid);
  if (series) {
    for (const DcmTagKey& tag : {DCM_SeriesInstanceUID, DCM_SeriesNumber, DCM_SeriesDescription, DCM_NumberOfSeriesRelatedInstances})
      putKey(keys, tag);
    putKey(keys, DCM_Modality, query.modality);
  } else {
    putKey(keys, DCM_PatientName, query.patientName);
    putKey(keys, DCM_PatientID, query.patientId);
    putKey(keys, DCM_StudyDate, query.dateRange);
    putKey(keys, DCM_ModalitiesInStudy, query.modality);
    for (const DcmTagKey& tag : {DCM_PatientBirthDate, DCM_StudyTime, DCM_AccessionNumber, DCM_StudyDescription, DCM_NumberOfStudyRelatedSeries,
                                 DCM_NumberOfStudyRelatedInstances})
      putKey(keys, tag);
  }
  PacsAssociation association(node_, caller_);
  association.offer(UID_FINDStudyRootQueryRetrieveInformationModel);
  association.open();
  OFList<QRResponse*> responses;
  const OFCondition condition =
      association.sendFINDRequest(association.acceptedContext(UID_FINDStudyRootQueryRetrieveInformationModel), &keys, &responses);
  PacsMatches matches;
  Uint16 finalStatus = STATUS_Success;
  for (QRResponse* response : responses) {
    if (response->m_status == STATUS_Pending || response->m_status == STATUS_FIND_Pending_WarningUnsupportedOptionalKeys) {
      if (response->m_dataset != nullptr) matches.push_back(PacsAnswer::match(*response->m_dataset));
    } else {
      finalStatus = response->m_status;
    }
    delete response;
  }
  if (condition.bad()) throw association.errorFor(condition, tr("querying"));
  if (!isSuccessOrWarning(finalStatus)) throw association.peerStatusError(finalStatus, tr("the query"));
  association.release();
  return matches;
}

PacsStoreResult PacsClient::storeHere(const std::vector<std::filesystem::path>& files, ProgressSink& progress) {
  struct Outgoing {
    std::filesystem::path path;
    std::string sopClass;
    std::string transferSyntax;
  };
  std::vector<Outgoing> outgoing;
  PacsStoreResult result;
  for (const auto& path : files) {
    DcmFileFormat file;
    OFString sopClass, sopInstance, transferSyntax;
    const OFCondition loaded = file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 4096);  // headers, not pixel data
    file.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, transferSyntax);
    if (loaded.bad() || file.getDataset()->findAndGetOFString(DCM_SOPClassUID, sopClass).bad() || sopClass.empty()) {
      result.failures.push_back(
          tr("%1: not a DICOM file we can send (%2)")
              .arg(QString::fromStdString(path.string()), QString::fromLatin1(loaded.bad() ? loaded.text() : "no SOP Class UID")));
      continue;
    }
    outgoing.push_back({path, sopClass.c_str(), transferSyntax.c_str()});
  }
  if (outgoing.empty()) return result;

  PacsAssociation association(node_, caller_);
  std::set<std::pair<std::string, std::string>> offered;
  std::set<std::string> classes;
  for (const Outgoing& o : outgoing) {
    // The file's own transfer syntax alone (sent as it is), and the uncompressed ones as a fallback.
    if (!o.transferSyntax.empty() && offered.insert({o.sopClass, o.transferSyntax}).second) {
      OFList<OFString> exact;
      exact.push_back(o.transferSyntax.c_str());
      association.offer(o.sopClass.c_str(), exact);
    }
    if (classes.insert(o.sopClass).second) association.offer(o.sopClass.c_str());
  }
  association.open();
  for (std::size_t i = 0; i < outgoing.size(); ++i) {
    if (progress.cancelRequested())
      throw HeaortaError(ErrorCode::Cancelled, tr("Sending was cancelled after %1 of %2 files.").arg(i).arg(outgoing.size()));
    progress.report(static_cast<double>(i) / static_cast<double>(outgoing.size()), tr("Sending to %1").arg(node_.toString()));
    const Outgoing& o = outgoing[i];
    T_ASC_PresentationContextID context = association.findPresentationContextID(o.sopClass.c_str(), o.transferSyntax.c_str());
    if (context == 0) context = association.findAnyPresentationContextID(o.sopClass.c_str(), "");
    const QString name = QString::fromStdString(o.path.string());
    if (context == 0) {
      result.failures.push_back(
          tr("%1: the PACS does not accept %2").arg(name, QString::fromLatin1(dcmFindNameOfUID(o.sopClass.c_str(), o.sopClass.c_str()))));
      continue;
    }
    Uint16 status = 0;
    const OFCondition condition = association.sendSTORERequest(context, o.path.c_str(), nullptr, status);
    if (condition.bad()) {
      if (!association.isConnected() || condition == DIMSE_NODATAAVAILABLE || condition == DUL_PEERABORTEDASSOCIATION)
        throw association.interruptedTransfer(condition, tr("sending"),
                                              tr("%1 of %2 files were sent before the connection failed.").arg(result.stored).arg(outgoing.size()));
      result.failures.push_back(tr("%1: %2").arg(name, QString::fromLatin1(condition.text())));
    } else if (isSuccessOrWarning(status)) {
      ++result.stored;
    } else {
      result.failures.push_back(tr("%1: the PACS refused it (status 0x%2)").arg(name).arg(status, 4, 16, QLatin1Char('0')));
    }
  }
  progress.report(1.0, tr("Sent"));
  association.release();
  return result;
}

}  // namespace heaorta
