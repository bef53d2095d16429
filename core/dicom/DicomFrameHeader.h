#pragma once

#include <Eigen/Core>
#include <QString>
#include <filesystem>
#include <optional>
#include <string>

namespace heaorta {

// What the loader needs to place and decode one 2-D frame of a DICOM file.
struct DicomFrameHeader {
  std::filesystem::path file;
  int frame = 0;  // index within a multi-frame file
  int framesInFile = 1;
  std::string sopInstanceUid;
  std::string seriesInstanceUid;
  std::string sopClassUid;
  std::string modality;
  std::string imageType;
  std::string transferSyntaxUid;
  std::optional<int> instanceNumber;
  bool hasPosition = false;
  bool hasOrientation = false;
  Eigen::Vector3d position = Eigen::Vector3d::Zero();
  Eigen::Vector3d rowDirection = Eigen::Vector3d::UnitX();     // direction of increasing column
  Eigen::Vector3d columnDirection = Eigen::Vector3d::UnitY();  // direction of increasing row
  double spacingX = 0.0;                                       // between columns (Pixel Spacing[1])
  double spacingY = 0.0;                                       // between rows (Pixel Spacing[0])
  int rows = 0;
  int columns = 0;
  double rescaleSlope = 1.0;
  double rescaleIntercept = 0.0;
  int samplesPerPixel = 1;
  int bitsAllocated = 16;
  int bitsStored = 16;
  int pixelRepresentation = 0;  // 1: signed

  // "name.dcm" or "name.dcm (frame 3)", for messages.
  QString label() const;
};

}  // namespace heaorta
