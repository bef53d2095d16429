#pragma once

#include "core/util/KeyedPseudonyms.h"
#include "core/util/Progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <filesystem>
#include <string>
#include <vector>

namespace heaorta {

// De-identifies DICOM images by the Basic Application Level Confidentiality Profile (DICOM PS3.15
// Annex E, table E.1-1) with the Retain Patient Characteristics Option (age, sex, size and weight
// stay: the MESA percentile needs age and sex):
// - names, IDs, addresses, physicians, institutions, descriptions, comments and the other
//   identifying attributes of the profile are removed or emptied, in sequences too;
// - dates and times of the study, series, acquisition and content are emptied;
// - every UID that is not a DICOM-defined one (1.2.840.10008.*) is replaced by a 2.25 UID derived
//   from it with a keyed hash: the same key maps the same UID to the same new one (studies keep their
//   series together and references stay valid; re-running with the key is reproducible);
// - private attributes, overlays and curves are removed; Patient ID becomes a keyed pseudonym;
// - Patient Identity Removed is YES, and the method and its codes (113100, 113108) are recorded.
// The pixel data is written back unchanged. Images with burned-in annotation are not written.
class DicomAnonymizer {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomAnonymizer)

 public:
  // `key`: the secret of the keyed hash (32 random bytes when empty).
  explicit DicomAnonymizer(QByteArray key = {});

  struct Report {
    std::size_t written = 0;
    std::vector<std::pair<std::filesystem::path, QString>> skipped;  // input file, why
  };
  // Every DICOM image under `input` (a folder or file) into `output` (created; must be empty), as
  // output/series-NNN/IMnnnnn.dcm: the original file and folder names may carry names too.
  Report anonymize(const std::filesystem::path& input, const std::filesystem::path& output, ProgressSink& progress);

 private:
  KeyedPseudonyms pseudonyms_;
};

}  // namespace heaorta
