#include "app/gui/ReportActions.h"

#include "app/gui/StudySession.h"
#include "app/gui/editing/LabelEditSession.h"
#include "app/gui/models/QuantificationModel.h"
#include "app/report/LesionKeyImage.h"
#include "app/report/ReportWriter.h"
#include "core/dicom/DicomEncapsulatedPdf.h"
#include "core/util/Error.h"
#include "viewers/volume/VolumeView3D.h"

#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>

namespace heaorta {
namespace {
const QString kReaderKey = QStringLiteral("report/reader");
}

ReportActions::ReportActions(StudySession* session, QuantificationModel* quant, VolumeView3D* view3d, QWidget* window)
    : QObject(window), session_(session), quant_(quant), view3d_(view3d), window_(window) {}

void ReportActions::addTo(QMenu* menu) {
  preview_ = menu->addAction(tr("&Report..."), this, &ReportActions::previewAndPrint);
  preview_->setShortcut(QKeySequence::Print);
  savePdf_ = menu->addAction(tr("Save Report as P&DF..."), this, &ReportActions::chooseAndSavePdf);
  updateEnabled();
}

void ReportActions::updateEnabled() {
  const bool ready = session_->isOpen() && session_->labels() && quant_->result();
  if (preview_) preview_->setEnabled(ready);
  if (savePdf_) savePdf_->setEnabled(ready);
}

ReportContent ReportActions::content(const QString& reader) const {
  ReportContent c;
  c.scan = session_->volume()->metadata();
  c.result = *quant_->result();
  c.segmenter = session_->segmenter();
  c.edits = session_->edits()->provenance();
  c.signBy(reader);
  LesionKeyImage::addTo(c, *session_->volume(), *session_->labels(), quant_->lesionVoxels());
  if (view3d_->isVisible()) c.view3d = view3d_->grabRendered();
  return c;
}

bool ReportActions::askReader(QString* reader) const {
  bool ok = false;
  *reader = QInputDialog::getText(window_, tr("Sign the Report"), tr("Reader who signs this report (empty: not signed):"), QLineEdit::Normal,
                                  rememberedReader(), &ok)
                .trimmed();
  if (ok) rememberReader(*reader);
  return ok;
}

void ReportActions::previewAndPrint() {
  QString reader;
  if (!quant_->result() || !askReader(&reader)) return;
  const ReportContent report = content(reader);
  QPrinter printer(QPrinter::HighResolution);
  printer.setPageSize(QPageSize(report.paper));
  printer.setPageMargins(ReportWriter::kMarginsMm, QPageLayout::Millimeter);
  printer.setDocName(ReportWriter::title(report));
  QPrintPreviewDialog dialog(&printer, window_);
  dialog.setWindowTitle(tr("Report Preview"));
  connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter* p) { ReportWriter::print(report, *p); });
  dialog.exec();
}

void ReportActions::chooseAndSavePdf() {
  QString reader;
  if (!quant_->result() || !askReader(&reader)) return;
  const QString file = QFileDialog::getSaveFileName(window_, tr("Save Report as PDF"), QString(), tr("PDF (*.pdf)"));
  if (file.isEmpty()) return;
  try {
    savePdf(file.toStdString(), reader);
  } catch (const HeaortaError& e) {
    QMessageBox::warning(window_, tr("Report Not Saved"), e.message());
  }
}

void ReportActions::savePdf(const std::filesystem::path& file, const QString& reader) const { ReportWriter::writePdf(content(reader), file); }

void ReportActions::saveDicomPdf(const std::filesystem::path& file, const QString& reader) const {
  const ReportContent report = content(reader);
  DicomEncapsulatedPdf::write(ReportWriter::pdf(report), report.scan, ReportWriter::title(report), report.keySlice, file);
}

QString ReportActions::rememberedReader() { return QSettings().value(kReaderKey).toString(); }

void ReportActions::rememberReader(const QString& reader) { QSettings().setValue(kReaderKey, reader); }

}  // namespace heaorta
