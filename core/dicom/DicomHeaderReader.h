#pragma once

#include "core/dicom/DicomFrameHeader.h"
#include "core/model/ScanMetadata.h"

#include <QCoreApplication>
#include <vector>

namespace gdcm {
class DataSet;
}

namespace gdcm {
class Reader;
}

namespace heaorta {

// Reads the header of a DICOM image file (everything before the pixel data): one
// DicomFrameHeader per frame, with enhanced CT functional groups resolved per frame.
class DicomHeaderReader {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomHeaderReader)

 public:
  // Throws HeaortaError naming the file when it cannot be read as DICOM.
  static std::vector<DicomFrameHeader> read(const std::filesystem::path& file);
  // The acquisition metadata of a file (first frame for enhanced CT).
  static ScanMetadata readMetadata(const std::filesystem::path& file);
  // Both of the above from one parse, results dropped: what the indexer's child runs, so that
  // loading meets only headers GDCM survived. Throws as they do.
  static void readAsLoadingWill(const std::filesystem::path& file);

 private:
  static std::vector<DicomFrameHeader> framesOf(const gdcm::Reader& reader, const std::filesystem::path& file);
  static ScanMetadata metadataOf(const gdcm::Reader& reader);
};

}  // namespace heaorta
