#include "core/dicom/DicomSegExport.h"

#include "core/dicom/DicomDerivedObject.h"

#include "core/util/Error.h"
#include "core/util/IsolatedWorker.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmfg/fgseg.h>
#include <dcmtk/dcmiod/iodreferences.h>
#include <dcmtk/oflog/oflog.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>
#include <dcmtk/dcmseg/segutils.h>
#include <cstdlib>
#include <memory>
#include <optional>

namespace heaorta {
namespace {

// A large SEG (hundreds of frames) parses in a few seconds; a parser that says nothing for this
// long has hung.
constexpr std::chrono::milliseconds kSegParserTimeout{60000};

OFString str(const std::string& s) { return OFString(s.c_str()); }
OFString num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.6g", v);
  return OFString(buffer);
}

QString dcmError(const OFCondition& c) { return QString::fromLatin1(c.text()); }

// DCMTK logs its own warnings to stderr (e.g. on every SEG it reads); failures reach the user
// through our messages instead.
void quietDcmtk() {
  static const bool configured = [] {
    OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    return true;
  }();
  (void)configured;
}

void check(const OFCondition& c, const std::filesystem::path& file) {
  if (c.bad())
    throw HeaortaError(ErrorCode::WriteFailed,
                       DicomSegWriter::tr("%1: the DICOM SEG cannot be made (%2)").arg(QString::fromStdString(file.string()), dcmError(c)));
}

}  // namespace

const std::vector<SegSegmentCode>& heaortaSegmentCodes() {
  static const std::vector<SegSegmentCode> codes = {
      {Heart, "Heart", "123037004", "Anatomical Structure", "80891009", "Heart"},
      {AscendingAorta, "Ascending aorta", "123037004", "Anatomical Structure", "54247002", "Ascending aorta"},
      {DescendingAorta, "Descending aorta", "123037004", "Anatomical Structure", "32672002", "Descending aorta"},
      {kCalciumSegmentLabel, "Calcium", "49755003", "Morphologically abnormal structure", "18115005",
       "Pathologic calcification, calcified structure"},
  };
  return codes;
}

void DicomSegWriter::write(const LabelMap& labels, const Volume& ct, const std::filesystem::path& file, const Options& options) {
  quietDcmtk();
  const ScanMetadata& m = ct.metadata();
  const ImageGeometry& g = ct.geometry();
  if (m.sliceSopInstanceUids.size() != static_cast<std::size_t>(g.size[2]) || m.studyInstanceUid.empty() || m.seriesInstanceUid.empty())
    throw HeaortaError(ErrorCode::Unsupported, tr("A DICOM SEG references the CT images it was drawn on; this study was not loaded from DICOM "
                                                  "(export NIfTI or NRRD instead)."));
  if (g.size[0] > 65535 || g.size[1] > 65535) throw HeaortaError(ErrorCode::Unsupported, tr("The images are too large for DICOM SEG."));

  IODGeneralEquipmentModule::EquipmentInfo equipment("Heaorta", "1", "Heaorta Workstation", "0.1");
  ContentIdentificationMacro content("1", "HEAORTA", "Heart and aorta segmentation", "Heaorta^Workstation");
  DcmSegmentation* created = nullptr;
  check(DcmSegmentation::createBinarySegmentation(created, static_cast<Uint16>(g.size[1]), static_cast<Uint16>(g.size[0]), equipment, content), file);
  std::unique_ptr<DcmSegmentation> seg(created);

  seg->getPatient().setPatientName(str(m.patientName));
  seg->getPatient().setPatientID(str(m.patientId));
  seg->getPatient().setPatientBirthDate(str(m.patientBirthDate));
  seg->getPatient().setPatientSex(str(m.patientSex));
  seg->getStudy().setStudyInstanceUID(str(m.studyInstanceUid));
  seg->getStudy().setStudyDate(str(m.studyDate));
  seg->getStudy().setStudyTime(str(m.studyTime));
  seg->getStudy().setStudyID(str(m.studyId));
  seg->getStudy().setAccessionNumber(str(m.accessionNumber));
  char uid[100];
  seg->getFrameOfReference().setFrameOfReferenceUID(m.frameOfReferenceUid.empty() ? OFString(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT))
                                                                                  : str(m.frameOfReferenceUid));
  seg->getSeries().setSeriesDescription("Heaorta heart and aorta");
  seg->getSeries().setSeriesNumber("901");
  seg->getGeneralImage().setInstanceNumber("1");

  // Geometry shared by all frames: the CT's in-plane axes and pixel size.
  FGPixelMeasures measures;
  measures.setPixelSpacing(num(g.spacing[1]) + "\\" + num(g.spacing[0]));  // row spacing \ column spacing
  measures.setSliceThickness(num(m.sliceThicknessMm.value_or(g.spacing[2])));
  measures.setSpacingBetweenSlices(num(g.spacing[2]));
  FGPlaneOrientationPatient orientation;
  const Eigen::Vector3d row = g.direction.col(0), column = g.direction.col(1);
  orientation.setImageOrientationPatient(num(row[0]), num(row[1]), num(row[2]), num(column[0]), num(column[1]), num(column[2]));
  check(seg->addForAllFrames(measures), file);
  check(seg->addForAllFrames(orientation), file);

  const DcmSegTypes::E_SegmentAlgoType algorithm = options.readerEdited ? DcmSegTypes::SAT_SEMIAUTOMATIC : DcmSegTypes::SAT_AUTOMATIC;
  const OFString algorithmName = options.algorithm.isEmpty() ? OFString("heaorta") : OFString(options.algorithm.toUtf8().constData());
  IODReferences references;
  std::vector<uint8_t> frame(g.sliceVoxelCount());
  Uint32 frameCount = 0;
  for (const SegSegmentCode& code : heaortaSegmentCodes()) {
    const bool calcium = code.label == kCalciumSegmentLabel;
    if (calcium && !options.calcium) continue;
    const auto inSegment = [&](std::size_t q, int k) { return calcium ? options.calcium->slice(k)[q] != 0 : labels.slice(k)[q] == code.label; };
    bool any = false;
    for (int k = 0; k < g.size[2] && !any; ++k)
      for (std::size_t q = 0; q < frame.size() && !any; ++q) any = inSegment(q, k);
    if (!any) continue;
    DcmSegment* segment = nullptr;
    check(DcmSegment::create(segment, code.name, CodeSequenceMacro(code.categoryCode, "SCT", code.categoryMeaning),
                             CodeSequenceMacro(code.typeCode, "SCT", code.typeMeaning), algorithm, algorithmName),
          file);
    Uint16 segmentNumber = 0;
    check(seg->addSegment(segment, segmentNumber), file);
    for (int k = 0; k < g.size[2]; ++k) {
      bool set = false;
      for (std::size_t q = 0; q < frame.size(); ++q) set |= (frame[q] = inSegment(q, k) ? 1 : 0) != 0;
      if (!set) continue;  // empty frames are left out
      FGPlanePosPatient position;
      const Eigen::Vector3d p = g.indexToPatient(Eigen::Vector3d(0, 0, k));
      position.setImagePositionPatient(num(p[0]), num(p[1]), num(p[2]));
      FGSegmentation segmentation;
      segmentation.setReferencedSegmentNumber(segmentNumber);
      FGFrameContent frameContent;
      frameContent.setDimensionIndexValues(segmentNumber, 0);
      frameContent.setDimensionIndexValues(static_cast<Uint32>(k + 1), 1);
      OFVector<ImageSOPInstanceReferenceMacro> source(1);
      source[0].setReferencedSOPClassUID(str(m.sopClassUid.empty() ? std::string(UID_CTImageStorage) : m.sopClassUid));
      source[0].setReferencedSOPInstanceUID(str(m.sliceSopInstanceUids[static_cast<std::size_t>(k)]));
      std::unique_ptr<FGDerivationImage> derivation(DcmSegmentation::createDerivationImageFG(source, "Segmented by Heaorta"));
      OFVector<FGBase*> perFrame;
      perFrame.push_back(&position);
      perFrame.push_back(&segmentation);
      perFrame.push_back(&frameContent);
      if (derivation) perFrame.push_back(derivation.get());
      check(seg->addFrame(frame.data(), segmentNumber, perFrame), file);
      ++frameCount;
    }
  }
  if (frameCount == 0) throw HeaortaError(ErrorCode::InvalidInput, tr("There are no masks to export."));
  for (std::size_t k = 0; k < m.sliceSopInstanceUids.size(); ++k)
    references.add(new IODImageReference(str(m.patientId), str(m.studyInstanceUid), str(m.seriesInstanceUid), str(m.sliceSopInstanceUids[k]),
                                         str(m.sopClassUid.empty() ? std::string(UID_CTImageStorage) : m.sopClassUid)));
  seg->getCommonInstanceReference().addReferences(references, str(m.studyInstanceUid));
  IODMultiframeDimensionModule& dimensions = seg->getDimensions();
  const OFString organization = dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
  check(dimensions.addDimensionIndex(DCM_ReferencedSegmentNumber, organization, DCM_SegmentIdentificationSequence, "Segment"), file);
  check(dimensions.addDimensionIndex(DCM_ImagePositionPatient, organization, DCM_PlanePositionSequence, "Position"), file);

  DcmFileFormat out;
  check(seg->writeDataset(*out.getDataset()), file);
  DicomDerivedObject::save(out, file);
}

bool DicomSegReader::isSegmentation(const std::filesystem::path& file) {
  std::string answer;
  const IsolatedWorker::Outcome outcome =
      IsolatedWorker::run([&](const IsolatedWorker::Emit& emit) { emit(isSegmentationHere(file) ? "seg" : "other"); },
                          [&](std::string&& message) { answer = std::move(message); }, kSegParserTimeout);
  if (outcome.kind == IsolatedWorker::Outcome::Unavailable) return isSegmentationHere(file);  // no process to spare
  if (answer.empty())
    throw HeaortaError(
        ErrorCode::InvalidInput,
        tr("%1: the DICOM parser stopped on this file (%2)").arg(QString::fromStdString(file.string()), QString::fromStdString(outcome.describe())));
  return answer == "seg";
}

bool DicomSegReader::isSegmentationHere(const std::filesystem::path& file) {
  DcmFileFormat dicom;
  if (dicom.loadFile(file.c_str(), EXS_Unknown, EGL_noChange, 4096).bad()) return false;
  OFString sopClass;
  dicom.getDataset()->findAndGetOFString(DCM_SOPClassUID, sopClass);
  return sopClass == UID_SegmentationStorage;
}

LabelMap DicomSegReader::read(const std::filesystem::path& file, const ImageGeometry& grid) {
  // dcmseg parses the whole object, frames included, in a child process: a SEG on which the parser
  // crashes or hangs costs that file, never the program. The child sends an answer ("ok", or the
  // error's code and message), then the label voxels.
  constexpr std::size_t kChunk = 1 << 20;
  LabelMap labels(grid);
  std::optional<HeaortaError> refused;
  bool answered = false;
  std::size_t filled = 0;
  const IsolatedWorker::Outcome outcome = IsolatedWorker::run(
      [&](const IsolatedWorker::Emit& emit) {
        try {
          const LabelMap read = readHere(file, grid);
          emit("ok");
          const auto& voxels = read.voxels();
          for (std::size_t at = 0; at < voxels.size(); at += kChunk)
            emit(std::string(reinterpret_cast<const char*>(voxels.data()) + at, std::min(kChunk, voxels.size() - at)));
        } catch (const HeaortaError& e) {
          emit(e.encode());
        }
      },
      [&](std::string&& message) {
        if (!answered) {
          answered = true;
          if (message != "ok") refused.emplace(HeaortaError::decode(message));
          return;
        }
        const std::size_t n = std::min(message.size(), labels.voxels().size() - filled);
        std::copy_n(message.data(), n, reinterpret_cast<char*>(labels.voxels().data()) + filled);
        filled += n;
      },
      kSegParserTimeout);
  if (outcome.kind == IsolatedWorker::Outcome::Unavailable) return readHere(file, grid);  // no process to spare
  if (refused) throw *refused;
  if (outcome.kind != IsolatedWorker::Outcome::Finished || filled != labels.voxels().size())
    throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the DICOM SEG cannot be read: its parser stopped (%2)")
                                                    .arg(QString::fromStdString(file.string()), QString::fromStdString(outcome.describe())));
  return labels;
}

LabelMap DicomSegReader::readHere(const std::filesystem::path& file, const ImageGeometry& grid) {
  quietDcmtk();
  const QString name = QString::fromStdString(file.string());
  DcmSegmentation* loaded = nullptr;
  const OFCondition status = DcmSegmentation::loadFile(file.c_str(), loaded);
  std::unique_ptr<DcmSegmentation> seg(loaded);
  if (status.bad() || !seg) throw HeaortaError(ErrorCode::InvalidInput, tr("%1: not a readable DICOM SEG (%2)").arg(name, dcmError(status)));
  if (seg->getSegmentationType() != DcmSegTypes::ST_BINARY)
    throw HeaortaError(ErrorCode::Unsupported, tr("%1: only binary DICOM SEG can be read as labels").arg(name));
  Uint16 rows = 0, columns = 0;
  DcmFileFormat header;
  if (header.loadFile(file.c_str()).good()) {
    header.getDataset()->findAndGetUint16(DCM_Rows, rows);
    header.getDataset()->findAndGetUint16(DCM_Columns, columns);
  }
  if (rows == 0 || columns == 0) throw HeaortaError(ErrorCode::InvalidInput, tr("%1: the DICOM SEG has no image size").arg(name));

  // Segment number -> our label, by coded type (then by name).
  std::vector<uint8_t> labelOf(seg->getNumberOfSegments() + 1, 0);
  for (std::size_t s = 1; s <= seg->getNumberOfSegments(); ++s) {
    DcmSegment* segment = seg->getSegment(s);
    if (!segment) continue;
    OFString type, label;
    segment->getSegmentedPropertyTypeCode().getCodeValue(type);
    segment->getSegmentLabel(label);
    for (const SegSegmentCode& code : heaortaSegmentCodes())
      if (code.label != kCalciumSegmentLabel && (type == code.typeCode || label == code.name)) labelOf[s] = code.label;
  }

  LabelMap labels(grid);
  FGInterface& groups = seg->getFunctionalGroups();
  const auto vector3 = [](const OFString& a, const OFString& b, const OFString& c) {
    return Eigen::Vector3d(std::atof(a.c_str()), std::atof(b.c_str()), std::atof(c.c_str()));
  };
  for (std::size_t f = 0; f < seg->getNumberOfFrames(); ++f) {
    OFBool perFrame = OFFalse;
    auto* segmentation = dynamic_cast<FGSegmentation*>(groups.get(f, DcmFGTypes::EFG_SEGMENTATION, perFrame));
    auto* position = dynamic_cast<FGPlanePosPatient*>(groups.get(f, DcmFGTypes::EFG_PLANEPOSPATIENT, perFrame));
    auto* orientation = dynamic_cast<FGPlaneOrientationPatient*>(groups.get(f, DcmFGTypes::EFG_PLANEORIENTPATIENT, perFrame));
    auto* measures = dynamic_cast<FGPixelMeasures*>(groups.get(f, DcmFGTypes::EFG_PIXELMEASURES, perFrame));
    if (!segmentation || !position || !orientation || !measures)
      throw HeaortaError(ErrorCode::InvalidInput, tr("%1: frame %2 has no position, orientation or pixel spacing").arg(name).arg(f + 1));
    Uint16 segmentNumber = 0;
    segmentation->getReferencedSegmentNumber(segmentNumber);
    if (segmentNumber == 0 || segmentNumber >= labelOf.size() || labelOf[segmentNumber] == 0) continue;
    OFString x, y, z, r0, r1, r2, c0, c1, c2;
    Float64 dr = 0, dc = 0;
    position->getImagePositionPatient(x, 0), position->getImagePositionPatient(y, 1), position->getImagePositionPatient(z, 2);
    orientation->getImageOrientationPatient(r0, 0), orientation->getImageOrientationPatient(r1, 1), orientation->getImageOrientationPatient(r2, 2);
    orientation->getImageOrientationPatient(c0, 3), orientation->getImageOrientationPatient(c1, 4), orientation->getImageOrientationPatient(c2, 5);
    measures->getPixelSpacing(dr, 0), measures->getPixelSpacing(dc, 1);
    const Eigen::Vector3d origin = vector3(x, y, z), rowDirection = vector3(r0, r1, r2), columnDirection = vector3(c0, c1, c2);
    const DcmIODTypes::Frame* packed = seg->getFrame(f);
    if (!packed) continue;
    std::unique_ptr<DcmIODTypes::Frame> frame(DcmSegUtils::unpackBinaryFrame(packed, rows, columns));
    if (!frame) throw HeaortaError(ErrorCode::InvalidInput, tr("%1: frame %2 cannot be decoded").arg(name).arg(f + 1));
    for (Uint16 r = 0; r < rows; ++r)
      for (Uint16 c = 0; c < columns; ++c) {
        if (!frame->pixData[static_cast<std::size_t>(r) * columns + c]) continue;
        const Eigen::Vector3d p = origin + rowDirection * (c * dc) + columnDirection * (r * dr);
        const Index3 v = grid.nearestVoxel(p);
        if (grid.contains(v[0], v[1], v[2])) labels.at(v[0], v[1], v[2]) = labelOf[segmentNumber];
      }
  }
  return labels;
}

}  // namespace heaorta
