#include "core/dicom/DicomHeaderReader.h"

#include "core/dicom/DicomTags.h"
#include "core/dicom/DicomValues.h"
#include "core/util/Error.h"

#include <fstream>
#include <memory>
#include <gdcmReader.h>
#include <set>

namespace heaorta {
namespace {
namespace t = dicom::tags;

QString fileName(const std::filesystem::path& file) { return QString::fromStdString(file.string()); }

std::unique_ptr<gdcm::Reader> readHeader(const std::filesystem::path& file) {
  std::ifstream probe(file, std::ios::binary);
  if (!probe)
    throw HeaortaError(ErrorCode::PermissionDenied,
                       DicomHeaderReader::tr("%1: cannot be opened (permission denied or unreadable)").arg(fileName(file)));
  probe.close();
  auto reader = std::make_unique<gdcm::Reader>();
  reader->SetFileName(file.string().c_str());
  const std::set<gdcm::Tag> skip{t::PixelData};  // never load the pixels in the header pass
  if (!reader->ReadUpToTag(t::PixelData, skip))
    throw HeaortaError(ErrorCode::InvalidInput,
                       DicomHeaderReader::tr("%1: not a readable DICOM file (corrupt or truncated header)").arg(fileName(file)));
  return reader;
}

// A value from an enhanced-CT functional group: the frame's own item first, then the shared one.
std::string functionalGroupText(const std::optional<gdcm::DataSet>& perFrame, const std::optional<gdcm::DataSet>& shared, const gdcm::Tag& sequence,
                                const gdcm::Tag& attribute) {
  for (const auto* group : {perFrame ? &*perFrame : nullptr, shared ? &*shared : nullptr}) {
    if (!group) continue;
    if (const auto macro = dicom::item(*group, sequence)) {
      std::string value = dicom::readText(*macro, attribute);
      if (!value.empty()) return value;
    }
  }
  return {};
}

void applyGeometry(DicomFrameHeader& h, const std::string& position, const std::string& orientation, const std::string& spacing) {
  const auto ipp = dicom::parseDecimals(position);
  if (ipp.size() == 3) {
    h.position = {ipp[0], ipp[1], ipp[2]};
    h.hasPosition = true;
  }
  const auto iop = dicom::parseDecimals(orientation);
  if (iop.size() == 6) {
    h.rowDirection = Eigen::Vector3d(iop[0], iop[1], iop[2]).normalized();
    h.columnDirection = Eigen::Vector3d(iop[3], iop[4], iop[5]).normalized();
    h.hasOrientation = h.rowDirection.allFinite() && h.columnDirection.allFinite();
  }
  const auto ps = dicom::parseDecimals(spacing);
  if (ps.size() == 2) {
    h.spacingY = ps[0];
    h.spacingX = ps[1];
  }
}

void applyRescale(DicomFrameHeader& h, const std::string& intercept, const std::string& slope) {
  h.rescaleIntercept = dicom::parseDecimal(intercept).value_or(0.0);
  h.rescaleSlope = dicom::parseDecimal(slope).value_or(1.0);
  if (h.rescaleSlope == 0.0) h.rescaleSlope = 1.0;  // an empty or zero slope means "not rescaled"
}

std::string sharedOrFirstFrame(const gdcm::DataSet& ds, const gdcm::Tag& sequence, const gdcm::Tag& attribute) {
  const std::string plain = dicom::readText(ds, attribute);
  if (!plain.empty()) return plain;
  return functionalGroupText(dicom::item(ds, t::PerFrameFunctionalGroups), dicom::item(ds, t::SharedFunctionalGroups), sequence, attribute);
}

}  // namespace

std::vector<DicomFrameHeader> DicomHeaderReader::read(const std::filesystem::path& file) { return framesOf(*readHeader(file), file); }

ScanMetadata DicomHeaderReader::readMetadata(const std::filesystem::path& file) { return metadataOf(*readHeader(file)); }

void DicomHeaderReader::readAsLoadingWill(const std::filesystem::path& file) {
  const auto reader = readHeader(file);
  framesOf(*reader, file);
  metadataOf(*reader);
}

std::vector<DicomFrameHeader> DicomHeaderReader::framesOf(const gdcm::Reader& reader, const std::filesystem::path& file) {
  const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
  const gdcm::DataSet& meta = reader.GetFile().GetHeader();

  DicomFrameHeader base;
  base.file = file;
  base.sopInstanceUid = dicom::readText(ds, t::SopInstanceUid);
  base.seriesInstanceUid = dicom::readText(ds, t::SeriesInstanceUid);
  base.sopClassUid = dicom::readText(ds, t::SopClassUid);
  if (base.sopClassUid.empty()) base.sopClassUid = dicom::readText(meta, t::MediaStorageSopClassUid);
  if (base.sopInstanceUid.empty()) base.sopInstanceUid = dicom::readText(meta, gdcm::Tag(0x0002, 0x0003));
  base.modality = dicom::readText(ds, t::Modality);
  base.imageType = dicom::readText(ds, t::ImageType);
  base.transferSyntaxUid = dicom::readText(meta, t::TransferSyntaxUid);
  base.instanceNumber = dicom::parseInteger(dicom::readText(ds, t::InstanceNumber));
  base.rows = dicom::readUInt16(ds, t::Rows).value_or(0);
  base.columns = dicom::readUInt16(ds, t::Columns).value_or(0);
  base.samplesPerPixel = dicom::readUInt16(ds, t::SamplesPerPixel).value_or(1);
  base.bitsAllocated = dicom::readUInt16(ds, t::BitsAllocated).value_or(16);
  base.bitsStored = dicom::readUInt16(ds, t::BitsStored).value_or(base.bitsAllocated);
  base.pixelRepresentation = dicom::readUInt16(ds, t::PixelRepresentation).value_or(0);
  base.framesInFile = std::max(1, dicom::parseInteger(dicom::readText(ds, t::NumberOfFrames)).value_or(1));

  const auto shared = dicom::item(ds, t::SharedFunctionalGroups);
  const bool enhanced = dicom::itemCount(ds, t::PerFrameFunctionalGroups) > 0 || shared.has_value();
  if (!enhanced) {
    applyGeometry(base, dicom::readText(ds, t::ImagePositionPatient), dicom::readText(ds, t::ImageOrientationPatient),
                  dicom::readText(ds, t::PixelSpacing));
    applyRescale(base, dicom::readText(ds, t::RescaleIntercept), dicom::readText(ds, t::RescaleSlope));
    std::vector<DicomFrameHeader> frames(static_cast<std::size_t>(base.framesInFile), base);
    for (int f = 0; f < base.framesInFile; ++f) frames[f].frame = f;
    return frames;
  }

  std::vector<DicomFrameHeader> frames;
  frames.reserve(static_cast<std::size_t>(base.framesInFile));
  for (int f = 0; f < base.framesInFile; ++f) {
    DicomFrameHeader h = base;
    h.frame = f;
    const auto perFrame = dicom::item(ds, t::PerFrameFunctionalGroups, static_cast<std::size_t>(f));
    applyGeometry(h, functionalGroupText(perFrame, shared, t::PlanePositionSequence, t::ImagePositionPatient),
                  functionalGroupText(perFrame, shared, t::PlaneOrientationSequence, t::ImageOrientationPatient),
                  functionalGroupText(perFrame, shared, t::PixelMeasuresSequence, t::PixelSpacing));
    applyRescale(h, functionalGroupText(perFrame, shared, t::PixelValueTransformationSequence, t::RescaleIntercept),
                 functionalGroupText(perFrame, shared, t::PixelValueTransformationSequence, t::RescaleSlope));
    frames.push_back(std::move(h));
  }
  return frames;
}

ScanMetadata DicomHeaderReader::metadataOf(const gdcm::Reader& reader) {
  const gdcm::DataSet& ds = reader.GetFile().GetDataSet();
  const std::string charset = dicom::readText(ds, t::SpecificCharacterSet);
  const auto text = [&](const gdcm::Tag& tag) { return dicom::toUtf8(dicom::readText(ds, tag), charset); };

  ScanMetadata m;
  m.sourceFormat = "DICOM";
  m.modality = text(t::Modality);
  m.kvp = dicom::parseDecimal(sharedOrFirstFrame(ds, t::CtXrayDetailsSequence, t::Kvp));
  m.sliceThicknessMm = dicom::parseDecimal(sharedOrFirstFrame(ds, t::PixelMeasuresSequence, t::SliceThickness));
  m.convolutionKernel = sharedOrFirstFrame(ds, t::CtReconstructionSequence, t::ConvolutionKernel);
  m.contrastAgent = text(t::ContrastBolusAgent);
  m.patientName = text(t::PatientName);
  m.patientId = text(t::PatientId);
  m.patientAge = text(t::PatientAge);
  m.patientSex = text(t::PatientSex);
  m.patientBirthDate = text(t::PatientBirthDate);
  m.studyDate = text(t::StudyDate);
  m.studyTime = text(t::StudyTime);
  m.studyId = text(t::StudyId);
  m.studyDescription = text(t::StudyDescription);
  m.seriesDescription = text(t::SeriesDescription);
  m.manufacturer = text(t::Manufacturer);
  m.manufacturerModel = text(t::ManufacturerModelName);
  m.institution = text(t::InstitutionName);
  m.accessionNumber = text(t::AccessionNumber);
  m.studyInstanceUid = text(t::StudyInstanceUid);
  m.seriesInstanceUid = text(t::SeriesInstanceUid);
  m.frameOfReferenceUid = text(t::FrameOfReferenceUid);
  m.sopClassUid = text(t::SopClassUid);
  return m;
}

}  // namespace heaorta
