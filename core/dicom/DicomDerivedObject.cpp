#include "core/dicom/DicomDerivedObject.h"

#include "core/util/Error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <QDateTime>

namespace heaorta {

void DicomDerivedObject::requireDicomStudy(const ScanMetadata& scan, const QString& what) {
  if (scan.studyInstanceUid.empty() || scan.seriesInstanceUid.empty())
    throw HeaortaError(ErrorCode::Unsupported, tr("A %1 is filed into the CT's DICOM study; this study was not loaded from DICOM.").arg(what));
}

std::string DicomDerivedObject::newUid() {
  char uid[100];
  return dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
}

void DicomDerivedObject::fillStudyModules(DcmItem& d, const ScanMetadata& s, const char* modality, const std::string& seriesDescription) {
  const auto put = [&d](const DcmTagKey& tag, const std::string& value) { d.putAndInsertString(tag, value.c_str()); };
  const QDateTime now = QDateTime::currentDateTime();
  const std::string date = now.toString(QStringLiteral("yyyyMMdd")).toStdString();
  const std::string time = now.toString(QStringLiteral("HHmmss")).toStdString();
  put(DCM_SpecificCharacterSet, "ISO_IR 192");
  put(DCM_PatientName, s.patientName);
  put(DCM_PatientID, s.patientId);
  put(DCM_PatientBirthDate, s.patientBirthDate);
  put(DCM_PatientSex, s.patientSex);
  put(DCM_StudyInstanceUID, s.studyInstanceUid);
  put(DCM_StudyDate, s.studyDate);
  put(DCM_StudyTime, s.studyTime);
  put(DCM_StudyID, s.studyId);
  put(DCM_AccessionNumber, s.accessionNumber);
  put(DCM_ReferringPhysicianName, "");
  put(DCM_StudyDescription, s.studyDescription);
  put(DCM_Modality, modality);
  put(DCM_SeriesNumber, "9001");
  put(DCM_SeriesDescription, seriesDescription);
  put(DCM_InstanceNumber, "1");
  put(DCM_Manufacturer, "Heaorta");
  put(DCM_ManufacturerModelName, "Heaorta Workstation");
  put(DCM_SoftwareVersions, "0.1");
  put(DCM_InstanceCreationDate, date);
  put(DCM_InstanceCreationTime, time);
  put(DCM_ContentDate, date);
  put(DCM_ContentTime, time);
}

void DicomDerivedObject::fillNewIdentity(DcmItem& dataset) {
  dataset.putAndInsertString(DCM_SeriesInstanceUID, newUid().c_str());
  dataset.putAndInsertString(DCM_SOPInstanceUID, newUid().c_str());
}

void DicomDerivedObject::save(DcmFileFormat& file, const std::filesystem::path& path) {
  const std::filesystem::path temporary = path.parent_path() / (".partial-" + path.filename().string());
  const OFCondition saved = file.saveFile(temporary.c_str(), EXS_LittleEndianExplicit);
  std::error_code ec;
  if (saved.bad()) {
    std::filesystem::remove(temporary, ec);
    throw HeaortaError(ErrorCode::WriteFailed,
                       tr("%1: cannot be written (%2)").arg(QString::fromStdString(path.string()), QString::fromLatin1(saved.text())));
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    throw HeaortaError(ErrorCode::WriteFailed, tr("%1: cannot be written").arg(QString::fromStdString(path.string())));
  }
}

}  // namespace heaorta
