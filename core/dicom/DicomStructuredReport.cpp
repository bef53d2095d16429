#include "core/dicom/DicomStructuredReport.h"

#include "core/dicom/DicomDerivedObject.h"
#include "core/quant/ResultPresenter.h"
#include "core/util/Error.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/codes/sct.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <optional>

namespace heaorta {
namespace {

using T = DSRTypes;

// Codes not in DCMTK's code headers. Private concepts use our own scheme (99HEAORTA).
const DSRCodedEntryValue kCoronaryArtery("41801008", "SCT", "Coronary artery");
const DSRCodedEntryValue kAscendingAorta("54247002", "SCT", "Ascending aorta");
const DSRCodedEntryValue kDescendingAorta("32672002", "SCT", "Descending aorta");
const DSRCodedEntryValue kHeart("80891009", "SCT", "Heart");
const DSRCodedEntryValue kCalcification("18115005", "SCT", "Pathologic calcification, calcified structure");
const DSRCodedEntryValue kAdiposeTissue("55603005", "SCT", "Adipose tissue");
const DSRCodedEntryValue kVolume("118565006", "SCT", "Volume");
const DSRCodedEntryValue kIndeterminate("114011", "DCM", "Value indeterminate");
const DSRCodedEntryValue kProcedure("25045-6", "LN", "CT unspecified body region");
const DSRCodedEntryValue kQualitative("C0034375", "UMLS", "Qualitative Evaluations");
const DSRCodedEntryValue kRiskTier("RISKTIER", "99HEAORTA", "Coronary calcium risk tier");
const DSRCodedEntryValue kCacDrs("CACDRS", "99HEAORTA", "CAC-DRS category");
const DSRCodedEntryValue kMasksBy("MASKSBY", "99HEAORTA", "Segmentation made by");
const DSRCodedEntryValue kNoUnits("1", "UCUM", "no units");
const DSRCodedEntryValue kMm3("mm3", "UCUM", "cubic millimeter");
const DSRCodedEntryValue kMg("mg", "UCUM", "milligram");
const DSRCodedEntryValue kMl("ml", "UCUM", "milliliter");
// A fixed identity for this program as an observing device.
constexpr const char* kDeviceUid = "2.25.197346812375512390484071156339244316113";

void check(const OFCondition& c, const std::filesystem::path& file) {
  if (c.bad())
    throw HeaortaError(ErrorCode::WriteFailed, DicomStructuredReport::tr("%1: the structured report cannot be made (%2)")
                                                   .arg(QString::fromStdString(file.string()), QString::fromLatin1(c.text())));
}

OFString utf8(const QString& s) { return OFString(s.toUtf8().constData()); }
OFString decimal(double v, int decimals) { return OFString(QString::number(v, 'f', decimals).toLatin1().constData()); }

// Builds the tree with a cursor: add() puts an item after the current one or below it.
class TreeBuilder {
 public:
  TreeBuilder(DSRDocumentTree& tree, const std::filesystem::path& file) : tree_(tree), file_(file) {}

  DSRContentItem& add(T::E_RelationshipType rel, T::E_ValueType type, const DSRCodedEntryValue& concept, bool below) {
    if (tree_.addContentItem(rel, type, below ? T::AM_belowCurrent : T::AM_afterCurrent) == 0) check(SR_EC_CannotAddContentItem, file_);
    check(tree_.getCurrentContentItem().setConceptName(concept), file_);
    return tree_.getCurrentContentItem();
  }
  void code(T::E_RelationshipType rel, const DSRCodedEntryValue& concept, const DSRCodedEntryValue& value, bool below) {
    check(add(rel, T::VT_Code, concept, below).setCodeValue(value), file_);
  }
  void text(T::E_RelationshipType rel, const DSRCodedEntryValue& concept, const QString& value, bool below) {
    check(add(rel, T::VT_Text, concept, below).setStringValue(utf8(value)), file_);
  }
  void up() { tree_.goUp(); }
  DSRDocumentTree& tree() { return tree_; }

 private:
  DSRDocumentTree& tree_;
  const std::filesystem::path& file_;
};

// One TID 1501 measurement group: tracking identity, finding and site, then its measurements.
class MeasurementGroup {
 public:
  MeasurementGroup(TreeBuilder& b, bool first, const QString& name, const DSRCodedEntryValue& finding, const DSRCodedEntryValue& site, bool valid,
                   const std::filesystem::path& file)
      : b_(b), valid_(valid), file_(file) {
    b_.add(T::RT_contains, T::VT_Container, CODE_DCM_MeasurementGroup, first);
    b_.text(T::RT_contains, CODE_DCM_TrackingIdentifier, name, true);
    check(b_.add(T::RT_contains, T::VT_UIDRef, CODE_DCM_TrackingUniqueIdentifier, false).setStringValue(DicomDerivedObject::newUid().c_str()), file_);
    b_.code(T::RT_contains, CODE_DCM_Finding, finding, false);
    b_.code(T::RT_hasConceptMod, CODE_SCT_FindingSite, site, false);
  }
  ~MeasurementGroup() { b_.up(); }

  void measure(const DSRCodedEntryValue& concept, double value, int decimals, const DSRCodedEntryValue& unit,
               const std::optional<DSRCodedEntryValue>& method) {
    const DSRNumericMeasurementValue number = valid_ ? DSRNumericMeasurementValue(decimal(value, decimals), unit)
                                                     : DSRNumericMeasurementValue(decimal(value, decimals), unit, kIndeterminate);
    check(b_.add(T::RT_contains, T::VT_Num, concept, false).setNumericValue(number), file_);
    if (method) {
      b_.code(T::RT_hasConceptMod, CODE_SCT_MeasurementMethod, *method, true);
      b_.up();
    }
  }
  void calcium(const CalciumTotals& t, bool allThree) {
    measure(CODE_DCM_CalciumScore, t.agatston, 1, kNoUnits, DSRCodedEntryValue(CODE_DCM_AgatstonScoringMethod));
    if (!allThree) return;
    measure(CODE_DCM_CalciumScore, t.volumeMm3, 1, kMm3, DSRCodedEntryValue(CODE_DCM_VolumeScoringMethod));
    measure(CODE_DCM_CalciumScore, t.massMg, 2, kMg, DSRCodedEntryValue(CODE_DCM_MassScoringMethod));
  }

 private:
  TreeBuilder& b_;
  bool valid_;
  const std::filesystem::path& file_;
};

}  // namespace

void DicomStructuredReport::write(const Content& c, const std::filesystem::path& file) {
  const ScanMetadata& s = c.scan;
  DicomDerivedObject::requireDicomStudy(s, tr("DICOM structured report"));
  const QuantResult& r = c.result;
  const ResultPresenter present(r);
  DSRDocument doc(T::DT_EnhancedSR);
  check(doc.setSpecificCharacterSetType(T::CS_UTF8), file);
  check(doc.createNewSeriesInStudy(s.studyInstanceUid.c_str()), file);
  TreeBuilder b(doc.getTree(), file);

  b.add(T::RT_isRoot, T::VT_Container, CODE_DCM_ImagingMeasurementReport, false);
  check(doc.getTree().setTemplateIdentification("1500", "DCMR"), file);
  const bool zh = c.language.startsWith(QLatin1String("zh"));
  b.code(T::RT_hasConceptMod, CODE_DCM_LanguageOfContentItemAndDescendants,
         zh ? DSRCodedEntryValue("zh-TW", "RFC5646", "Chinese (Taiwan)") : DSRCodedEntryValue("en-US", "RFC5646", "English (US)"), true);
  b.code(T::RT_hasObsContext, CODE_DCM_ObserverType, CODE_DCM_Device, false);
  check(b.add(T::RT_hasObsContext, T::VT_UIDRef, CODE_DCM_DeviceObserverUID, false).setStringValue(kDeviceUid), file);
  b.text(T::RT_hasObsContext, CODE_DCM_DeviceObserverName, QStringLiteral("Heaorta Workstation"), false);
  if (!c.reader.isEmpty()) {
    b.code(T::RT_hasObsContext, CODE_DCM_ObserverType, CODE_DCM_Person, false);
    check(b.add(T::RT_hasObsContext, T::VT_PName, CODE_DCM_PersonObserverName, false).setStringValue(utf8(c.reader)), file);
  }
  b.code(T::RT_hasConceptMod, CODE_DCM_ProcedureReported, kProcedure, false);

  // The CT images the measurements were made on.
  const char* ctClass = s.sopClassUid.empty() ? UID_CTImageStorage : s.sopClassUid.c_str();
  b.add(T::RT_contains, T::VT_Container, CODE_DCM_ImageLibrary, false);
  if (!s.sliceSopInstanceUids.empty()) {
    b.add(T::RT_contains, T::VT_Container, CODE_DCM_ImageLibraryGroup, true);
    for (std::size_t k = 0; k < s.sliceSopInstanceUids.size(); ++k) {
      if (b.tree().addContentItem(T::RT_contains, T::VT_Image, k == 0 ? T::AM_belowCurrent : T::AM_afterCurrent) == 0)
        check(SR_EC_CannotAddContentItem, file);
      check(b.tree().getCurrentContentItem().setImageReference(DSRImageReferenceValue(ctClass, s.sliceSopInstanceUids[k].c_str())), file);
      check(doc.getCurrentRequestedProcedureEvidence().addItem(s.studyInstanceUid.c_str(), s.seriesInstanceUid.c_str(), ctClass,
                                                               s.sliceSopInstanceUids[k].c_str()),
            file);
    }
    b.up();  // back to the group
    b.up();  // back to the library
  }

  // Measurements. Scores of an invalid segmentation or a contrast scan are marked indeterminate.
  const bool valid = present.verdictGiven();
  b.add(T::RT_contains, T::VT_Container, CODE_DCM_ImagingMeasurements, false);
  bool first = true;
  if (r.coronary().computed) {
    {
      MeasurementGroup g(b, first, tr("Coronary artery calcium"), kCalcification, kCoronaryArtery, valid, file);
      g.calcium(r.coronary(), true);
    }
    first = false;
    for (Artery a : {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA}) {
      MeasurementGroup g(b, false, tr("%1 calcium").arg(ResultPresenter::arteryName(a)), kCalcification, kCoronaryArtery, valid, file);
      g.calcium(r.arteries[static_cast<int>(a)], false);
    }
  }
  for (CalciumRegion region : {CalciumRegion::AscendingAorta, CalciumRegion::DescendingAorta}) {
    const CalciumTotals& t = r.regions[static_cast<int>(region)];
    if (!t.computed) continue;
    MeasurementGroup g(b, first, tr("%1 calcium").arg(ResultPresenter::regionName(region)), kCalcification,
                       region == CalciumRegion::AscendingAorta ? kAscendingAorta : kDescendingAorta, r.segmentationValid(), file);
    g.calcium(t, true);
    first = false;
  }
  if (r.fat.computed) {
    MeasurementGroup g(b, first, tr("Pericardial fat"), kAdiposeTissue, kHeart, r.segmentationValid(), file);
    g.measure(kVolume, r.fat.volumeMl, 1, kMl, std::nullopt);
    first = false;
  }
  if (first) b.text(T::RT_contains, CODE_DCM_Comment, tr("No heart label: nothing was measured."), true);
  b.up();

  // The verdict, or why there is none; how the masks were made; every caution.
  b.add(T::RT_contains, T::VT_Container, kQualitative, false);
  if (valid) {
    b.text(T::RT_contains, kRiskTier, present.verdict(), true);
    b.text(T::RT_contains, kCacDrs, present.cacDrs(), false);
  } else {
    b.text(T::RT_contains, CODE_DCM_Comment, present.verdict(), true);
  }
  b.text(T::RT_contains, kMasksBy, c.segmenter.isEmpty() ? tr("a label file") : c.segmenter, false);
  if (c.edits.edited()) b.text(T::RT_contains, CODE_DCM_Comment, c.edits.summary(), false);
  b.text(T::RT_contains, CODE_DCM_Comment, tr("Settings: %1").arg(present.settings()), false);
  for (const QString& caution : present.cautions()) b.text(T::RT_contains, CODE_DCM_Comment, caution, false);

  if (!c.reader.isEmpty()) {
    check(doc.completeDocument(), file);
    check(doc.verifyDocument(utf8(c.reader), s.institution.empty() ? "Heaorta Workstation" : s.institution.c_str()), file);
  }
  DcmFileFormat format;
  check(doc.write(*format.getDataset()), file);
  // The CT's patient and study, as the PACS knows them (DSRDocument left them empty); the SR keeps
  // the series and instance UIDs DSRDocument made.
  DicomDerivedObject::fillStudyModules(*format.getDataset(), s, "SR", tr("Calcium and fat measurements").toStdString());
  DicomDerivedObject::save(format, file);
}

}  // namespace heaorta
