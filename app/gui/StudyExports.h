#pragma once

#include "core/io/LabelExport.h"

#include <QString>
#include <filesystem>

namespace heaorta {

class QuantificationModel;
class StudySession;

// What File > Export and File > Send to PACS write from the study on screen: the masks as shown
// (with the scored calcium and the reader's edits), and the results as a DICOM SR. Both throw
// HeaortaError (Unsupported without a DICOM study for SEG and SR, WriteFailed).
namespace StudyExports {
void writeLabels(const StudySession& session, const QuantificationModel& quant, LabelExportFormat format, const std::filesystem::path& file);
void writeStructuredReport(const StudySession& session, const QuantificationModel& quant, const QString& reader, const std::filesystem::path& file);
}  // namespace StudyExports

}  // namespace heaorta
