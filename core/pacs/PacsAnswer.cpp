#include "core/pacs/PacsAnswer.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

namespace heaorta {
namespace {

QString value(DcmDataset& dataset, const DcmTagKey& tag) {
  OFString text;
  if (dataset.findAndGetOFStringArray(tag, text).bad()) return {};
  return QString::fromUtf8(text.c_str()).trimmed();
}

int count(DcmDataset& dataset, const DcmTagKey& tag) {
  bool ok = false;
  const int n = value(dataset, tag).toInt(&ok);
  return ok ? n : -1;
}

}  // namespace

PacsMatch PacsAnswer::match(DcmDataset& dataset) {
  (void)dataset.convertToUTF8();
  PacsMatch m;
  m.patientName = value(dataset, DCM_PatientName);
  m.patientId = value(dataset, DCM_PatientID);
  m.patientBirthDate = value(dataset, DCM_PatientBirthDate);
  m.studyDate = value(dataset, DCM_StudyDate);
  m.studyTime = value(dataset, DCM_StudyTime);
  m.accessionNumber = value(dataset, DCM_AccessionNumber);
  m.studyDescription = value(dataset, DCM_StudyDescription);
  m.studyInstanceUid = value(dataset, DCM_StudyInstanceUID);
  m.seriesCount = count(dataset, DCM_NumberOfStudyRelatedSeries);
  m.seriesInstanceUid = value(dataset, DCM_SeriesInstanceUID);
  m.seriesNumber = value(dataset, DCM_SeriesNumber);
  m.seriesDescription = value(dataset, DCM_SeriesDescription);
  m.modalities = m.seriesInstanceUid.isEmpty() ? value(dataset, DCM_ModalitiesInStudy) : value(dataset, DCM_Modality);
  m.instanceCount =
      m.seriesInstanceUid.isEmpty() ? count(dataset, DCM_NumberOfStudyRelatedInstances) : count(dataset, DCM_NumberOfSeriesRelatedInstances);
  return m;
}

}  // namespace heaorta
