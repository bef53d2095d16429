#include "app/report/ReportWriter.h"

#include "app/report/ReportDocument.h"
#include "core/dicom/DicomValues.h"
#include "core/util/AtomicFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace heaorta {

QString ReportWriter::title(const ReportContent& c) {
  const QString patient = QString::fromStdString(dicom::personNameForDisplay(c.scan.patientName));
  return patient.isEmpty() ? tr("Coronary calcium report") : tr("Coronary calcium report: %1").arg(patient);
}

void ReportWriter::print(const ReportContent& content, QPagedPaintDevice& device) {
  const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
  // Lay out at 96 dpi (the size the document's points and pixels mean), then scale to the device.
  const double scale = device.logicalDpiX() / 96.0;
  const QSizeF layoutPage(page.width() / scale, page.height() / scale);
  constexpr double kFooterHeight = 16;
  const QSizeF textPage(layoutPage.width(), layoutPage.height() - kFooterHeight);
  std::unique_ptr<QTextDocument> doc = ReportDocument::build(content, textPage.width());
  doc->setPageSize(textPage);
  doc->setDocumentMargin(0);
  QPainter painter(&device);
  painter.scale(scale, scale);
  const int pages = doc->pageCount();
  QFont footerFont = ReportDocument::font(7);
  footerFont.setPixelSize(9);  // layout pixels: the painter is already scaled to the device
  for (int p = 0; p < pages; ++p) {
    if (p > 0) device.newPage();
    painter.save();
    painter.translate(0, -p * textPage.height());
    const QRectF visible(0, p * textPage.height(), textPage.width(), textPage.height());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = visible;
    painter.setClipRect(visible);
    doc->documentLayout()->draw(&painter, context);
    painter.restore();
    // Every page says whose report it is and which page it is.
    painter.setFont(footerFont);
    painter.setPen(QColor(90, 90, 90));
    const QRectF footer(0, textPage.height() + 4, layoutPage.width(), kFooterHeight - 4);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, title(content));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(p + 1).arg(pages));
  }
}

QByteArray ReportWriter::pdf(const ReportContent& content) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  {
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(content.paper));
    writer.setPageMargins(kMarginsMm, QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title(content));
    writer.setCreator(QStringLiteral("Heaorta Workstation"));
    print(content, writer);
  }
  return bytes;
}

void ReportWriter::writePdf(const ReportContent& content, const std::filesystem::path& file) { AtomicFile::write(file, pdf(content)); }

}  // namespace heaorta
