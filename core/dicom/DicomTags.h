#pragma once

#include <gdcmTag.h>

// The DICOM attributes Heaorta reads, named as in PS3.6.
namespace heaorta::dicom::tags {

inline const gdcm::Tag MediaStorageSopClassUid{0x0002, 0x0002};
inline const gdcm::Tag TransferSyntaxUid{0x0002, 0x0010};
inline const gdcm::Tag SpecificCharacterSet{0x0008, 0x0005};
inline const gdcm::Tag ImageType{0x0008, 0x0008};
inline const gdcm::Tag SopClassUid{0x0008, 0x0016};
inline const gdcm::Tag SopInstanceUid{0x0008, 0x0018};
inline const gdcm::Tag StudyDate{0x0008, 0x0020};
inline const gdcm::Tag StudyTime{0x0008, 0x0030};
inline const gdcm::Tag StudyId{0x0020, 0x0010};
inline const gdcm::Tag AccessionNumber{0x0008, 0x0050};
inline const gdcm::Tag Modality{0x0008, 0x0060};
inline const gdcm::Tag Manufacturer{0x0008, 0x0070};
inline const gdcm::Tag InstitutionName{0x0008, 0x0080};
inline const gdcm::Tag StudyDescription{0x0008, 0x1030};
inline const gdcm::Tag SeriesDescription{0x0008, 0x103e};
inline const gdcm::Tag ManufacturerModelName{0x0008, 0x1090};
inline const gdcm::Tag PatientName{0x0010, 0x0010};
inline const gdcm::Tag PatientId{0x0010, 0x0020};
inline const gdcm::Tag PatientBirthDate{0x0010, 0x0030};
inline const gdcm::Tag PatientSex{0x0010, 0x0040};
inline const gdcm::Tag PatientAge{0x0010, 0x1010};
inline const gdcm::Tag ContrastBolusAgent{0x0018, 0x0010};
inline const gdcm::Tag SliceThickness{0x0018, 0x0050};
inline const gdcm::Tag Kvp{0x0018, 0x0060};
inline const gdcm::Tag SpacingBetweenSlices{0x0018, 0x0088};
inline const gdcm::Tag GantryDetectorTilt{0x0018, 0x1120};
inline const gdcm::Tag ConvolutionKernel{0x0018, 0x1210};
inline const gdcm::Tag StudyInstanceUid{0x0020, 0x000d};
inline const gdcm::Tag SeriesInstanceUid{0x0020, 0x000e};
inline const gdcm::Tag SeriesNumber{0x0020, 0x0011};
inline const gdcm::Tag InstanceNumber{0x0020, 0x0013};
inline const gdcm::Tag ImagePositionPatient{0x0020, 0x0032};
inline const gdcm::Tag ImageOrientationPatient{0x0020, 0x0037};
inline const gdcm::Tag FrameOfReferenceUid{0x0020, 0x0052};
inline const gdcm::Tag SamplesPerPixel{0x0028, 0x0002};
inline const gdcm::Tag NumberOfFrames{0x0028, 0x0008};
inline const gdcm::Tag Rows{0x0028, 0x0010};
inline const gdcm::Tag Columns{0x0028, 0x0011};
inline const gdcm::Tag PixelSpacing{0x0028, 0x0030};
inline const gdcm::Tag BitsAllocated{0x0028, 0x0100};
inline const gdcm::Tag BitsStored{0x0028, 0x0101};
inline const gdcm::Tag PixelRepresentation{0x0028, 0x0103};
inline const gdcm::Tag RescaleIntercept{0x0028, 0x1052};
inline const gdcm::Tag RescaleSlope{0x0028, 0x1053};
inline const gdcm::Tag PixelData{0x7fe0, 0x0010};

// Enhanced (multi-frame) CT functional groups.
inline const gdcm::Tag SharedFunctionalGroups{0x5200, 0x9229};
inline const gdcm::Tag PerFrameFunctionalGroups{0x5200, 0x9230};
inline const gdcm::Tag PixelMeasuresSequence{0x0028, 0x9110};
inline const gdcm::Tag PlanePositionSequence{0x0020, 0x9113};
inline const gdcm::Tag PlaneOrientationSequence{0x0020, 0x9116};
inline const gdcm::Tag PixelValueTransformationSequence{0x0028, 0x9145};
inline const gdcm::Tag CtXrayDetailsSequence{0x0018, 0x9325};
inline const gdcm::Tag CtReconstructionSequence{0x0018, 0x9314};

}  // namespace heaorta::dicom::tags
