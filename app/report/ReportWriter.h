#pragma once

#include "app/report/ReportContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <filesystem>

class QPagedPaintDevice;

namespace heaorta {

// Lays the report out on a page and prints it: to PDF bytes, to a PDF file (written atomically; a
// full disk or a read-only folder throws HeaortaError and leaves any older file as it was), or to
// any paged device (a printer, the print preview).
class ReportWriter {
  Q_DECLARE_TR_FUNCTIONS(heaorta::ReportWriter)

 public:
  static inline const QMarginsF kMarginsMm{16, 14, 16, 18};  // the PDF's and the printer's

  static QByteArray pdf(const ReportContent& content);
  static void writePdf(const ReportContent& content, const std::filesystem::path& file);
  // The device's page size and margins are used as they are set.
  static void print(const ReportContent& content, QPagedPaintDevice& device);
  static QString title(const ReportContent& content);  // the PDF's and the printout's title
};

}  // namespace heaorta
