#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <QString>
#include <filesystem>
#include <vector>

namespace heaorta {

// One segment of a DICOM SEG: which label value it holds and what it is, coded in SNOMED CT.
struct SegSegmentCode {
  uint8_t label;
  const char* name;  // Segment Label
  const char* categoryCode;
  const char* categoryMeaning;
  const char* typeCode;
  const char* typeMeaning;
};

// The segments Heaorta writes: heart, ascending and descending aorta (anatomical structures)
// and calcium (a morphologically abnormal structure: pathologic calcification).
const std::vector<SegSegmentCode>& heaortaSegmentCodes();
constexpr uint8_t kCalciumSegmentLabel = 4;

// DICOM Segmentation (binary) through DCMTK's dcmseg, referencing every source CT image.
class DicomSegWriter {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomSegWriter)

 public:
  struct Options {
    bool readerEdited = false;                     // SEMIAUTOMATIC instead of AUTOMATIC
    QString algorithm;                             // the segmenter, e.g. "anatomical-fallback"
    const VoxelImage<uint8_t>* calcium = nullptr;  // scored calcium voxels (non-zero), written as a segment
  };
  // Throws HeaortaError: Unsupported when the CT did not come from DICOM (nothing to reference),
  // WriteFailed when the file cannot be written. Empty frames are omitted.
  static void write(const LabelMap& labels, const Volume& ct, const std::filesystem::path& file, const Options& options);
};

// Reads a DICOM SEG with dcmseg onto a CT grid: every frame is placed by its own position and
// orientation, so SEGs written with other row/column directions or without empty frames give the
// same label map. Segments are matched by their SNOMED CT type code (then by label name).
class DicomSegReader {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomSegReader)

 public:
  // Whether the file is a DICOM SEG, from its header read in a child process; throws
  // HeaortaError(InvalidInput) when the parser dies on it.
  static bool isSegmentation(const std::filesystem::path& file);
  // Parses in a child process (IsolatedWorker): a file that crashes or hangs the parser is refused
  // with a message, the program goes on.
  static LabelMap read(const std::filesystem::path& file, const ImageGeometry& grid);
  // The same in this process: what the child runs, and what the fuzzer calls.
  static LabelMap readHere(const std::filesystem::path& file, const ImageGeometry& grid);

 private:
  static bool isSegmentationHere(const std::filesystem::path& file);
};

}  // namespace heaorta
