#pragma once

#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <filesystem>
#include <optional>

namespace heaorta {

enum class LabelExportFormat { NIfTI, NRRD, Slicer, DicomSeg };

// Label maps for annotators and other tools:
// - NIfTI / NRRD with an ITK-SNAP label description file beside them (`<stem>-labels.txt`);
// - 3D Slicer segmentation (`.seg.nrrd`, one shared layer, segment names, colours and SNOMED codes);
// - DICOM SEG referencing the source series.
class LabelExport {
  Q_DECLARE_TR_FUNCTIONS(heaorta::LabelExport)

 public:
  struct Options {
    QString algorithm;
    const VoxelImage<uint8_t>* calcium = nullptr;  // DICOM SEG only: scored calcium as its own segment
    // EditProvenance::toJson(): in the NRRD header and the ITK-SNAP file; "edited_by_reader" makes a
    // DICOM SEG SEMIAUTOMATIC.
    QJsonObject editRecord;
  };
  static std::optional<LabelExportFormat> formatFromName(const QString& name);  // seg, nifti, nrrd, slicer
  static void write(LabelExportFormat format, const LabelMap& labels, const Volume& ct, const std::filesystem::path& file, const Options& options);
  static std::filesystem::path itkSnapDescriptionPath(const std::filesystem::path& labelsFile);
  static QString itkSnapDescription(const LabelMap& labels, const QJsonObject& editRecord = {});
};

// Reads labels from any file the workstation writes or others' tools give (NIfTI, NRRD,
// MetaImage, DICOM SEG) and puts them on the CT grid.
LabelMap readLabelsOnto(const std::filesystem::path& file, const ImageGeometry& grid, Notices* notices = nullptr);

}  // namespace heaorta
