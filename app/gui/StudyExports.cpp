#include "app/gui/StudyExports.h"

#include "app/gui/StudySession.h"
#include "app/gui/editing/LabelEditSession.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/dicom/DicomStructuredReport.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <QLocale>

namespace heaorta {

void StudyExports::writeLabels(const StudySession& session, const QuantificationModel& quant, LabelExportFormat format,
                               const std::filesystem::path& file) {
  if (!session.labels() || !session.volume())
    throw HeaortaError(ErrorCode::InvalidInput, QCoreApplication::translate("heaorta::StudyExports", "There are no masks to export."));
  LabelExport::Options options;
  options.algorithm = session.segmenterKey();
  options.editRecord = session.edits()->provenance().toJson();
  const VoxelImage<uint8_t> calcium = quant.lesionVoxels().toImage();
  if (!calcium.empty()) options.calcium = &calcium;
  LabelExport::write(format, *session.labels(), *session.volume(), file, options);
}

void StudyExports::writeStructuredReport(const StudySession& session, const QuantificationModel& quant, const QString& reader,
                                         const std::filesystem::path& file) {
  if (!quant.result() || !session.volume())
    throw HeaortaError(ErrorCode::InvalidInput, QCoreApplication::translate("heaorta::StudyExports", "There are no results to export."));
  DicomStructuredReport::Content c;
  c.scan = session.volume()->metadata();
  c.result = *quant.result();
  c.segmenter = session.segmenter();
  c.edits = session.edits()->provenance();
  c.reader = reader;
  c.language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh-TW") : QStringLiteral("en-US");
  DicomStructuredReport::write(c, file);
}

}  // namespace heaorta
