#include "core/dicom/DicomEncapsulatedPdf.h"

#include "core/dicom/DicomDerivedObject.h"
#include "core/util/Error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <vector>

namespace heaorta {

void DicomEncapsulatedPdf::write(const QByteArray& pdf, const ScanMetadata& scan, const QString& title, int keySlice,
                                 const std::filesystem::path& file) {
  DicomDerivedObject::requireDicomStudy(scan, tr("DICOM encapsulated PDF"));
  if (!pdf.startsWith("%PDF")) throw HeaortaError(ErrorCode::InvalidInput, tr("The report is not a PDF."));
  DcmFileFormat format;
  DcmDataset& d = *format.getDataset();
  d.putAndInsertString(DCM_SOPClassUID, UID_EncapsulatedPDFStorage);
  DicomDerivedObject::fillStudyModules(d, scan, "DOC", tr("Risk report").toStdString());
  DicomDerivedObject::fillNewIdentity(d);
  d.putAndInsertString(DCM_ConversionType, "WSD");      // made on a workstation
  d.putAndInsertString(DCM_BurnedInAnnotation, "YES");  // the patient's name is on the pages
  d.putAndInsertString(DCM_DocumentTitle, title.toUtf8().constData());
  d.putAndInsertString(DCM_AcquisitionDateTime, "");
  d.putAndInsertString(DCM_MIMETypeOfEncapsulatedDocument, "application/pdf");
  DcmItem* concept = nullptr;
  if (d.findOrCreateSequenceItem(DCM_ConceptNameCodeSequence, concept).good()) {
    concept->putAndInsertString(DCM_CodeValue, "18748-4");  // LOINC "Diagnostic imaging study"
    concept->putAndInsertString(DCM_CodingSchemeDesignator, "LN");
    concept->putAndInsertString(DCM_CodeMeaning, "Diagnostic imaging study");
  }
  // The key image was drawn from this CT slice.
  if (keySlice >= 0 && static_cast<std::size_t>(keySlice) < scan.sliceSopInstanceUids.size()) {
    DcmItem* source = nullptr;
    if (d.findOrCreateSequenceItem(DCM_SourceInstanceSequence, source).good()) {
      source->putAndInsertString(DCM_ReferencedSOPClassUID, scan.sopClassUid.empty() ? UID_CTImageStorage : scan.sopClassUid.c_str());
      source->putAndInsertString(DCM_ReferencedSOPInstanceUID, scan.sliceSopInstanceUids[keySlice].c_str());
    }
  }
  // OB of even length: a single trailing NUL pads an odd PDF (PS3.3 C.24.2.1).
  std::vector<Uint8> bytes(pdf.begin(), pdf.end());
  if (bytes.size() % 2) bytes.push_back(0);
  d.putAndInsertUint32(DCM_EncapsulatedDocumentLength, static_cast<Uint32>(pdf.size()));
  d.putAndInsertUint8Array(DCM_EncapsulatedDocument, bytes.data(), static_cast<unsigned long>(bytes.size()));
  DicomDerivedObject::save(format, file);
}

}  // namespace heaorta
