#pragma once

#include "core/model/ScanMetadata.h"

#include <QCoreApplication>
#include <filesystem>
#include <string>

class DcmItem;
class DcmFileFormat;

namespace heaorta {

// What every object Heaorta derives from a CT study (SR, encapsulated PDF) shares: the CT's patient
// and study modules, a new series and instance, UTF-8 text (ISO_IR 192, so Chinese reaches the
// PACS intact), our equipment, and an atomic save.
class DicomDerivedObject {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomDerivedObject)

 public:
  // Throws HeaortaError(Unsupported) when the CT did not come from DICOM (no study to file into).
  static void requireDicomStudy(const ScanMetadata& scan, const QString& what);
  // Patient, general study, series (`modality`, description), equipment and SOP common attributes.
  static void fillStudyModules(DcmItem& dataset, const ScanMetadata& scan, const char* modality, const std::string& seriesDescription);
  // A new Series and SOP Instance UID (DCMTK's SR document makes its own).
  static void fillNewIdentity(DcmItem& dataset);
  static std::string newUid();
  // Saves (Explicit VR Little Endian) through a temporary file; throws HeaortaError(WriteFailed).
  static void save(DcmFileFormat& file, const std::filesystem::path& path);
};

}  // namespace heaorta
