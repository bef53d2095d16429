#include "app/gui/pacs/PacsSendDialog.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/ReportActions.h"
#include "app/gui/StudyExports.h"
#include "app/gui/StudySession.h"
#include "app/gui/models/QuantificationModel.h"
#include "core/pacs/PacsClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace heaorta {

PacsSendDialog::PacsSendDialog(StudySession* session, QuantificationModel* quant, ReportActions* report, QWidget* parent)
    : QDialog(parent),
      session_(session),
      quant_(quant),
      report_(report),
      settings_(PacsSettings::load()),
      node_(new QComboBox(this)),
      seg_(new QCheckBox(tr("Masks as DICOM SEG"), this)),
      sr_(new QCheckBox(tr("Results as DICOM SR"), this)),
      pdf_(new QCheckBox(tr("Report as DICOM PDF"), this)),
      reader_(new QLineEdit(ReportActions::rememberedReader(), this)),
      send_(new QPushButton(tr("&Send"), this)),
      status_(new QLabel(this)) {
  setWindowTitle(tr("Send to PACS"));
  node_->setObjectName(QStringLiteral("sendNode"));
  seg_->setObjectName(QStringLiteral("sendSeg"));
  sr_->setObjectName(QStringLiteral("sendSr"));
  pdf_->setObjectName(QStringLiteral("sendReport"));
  reader_->setObjectName(QStringLiteral("sendReader"));
  reader_->setPlaceholderText(tr("empty: not signed"));
  send_->setObjectName(QStringLiteral("sendToPacs"));
  status_->setObjectName(QStringLiteral("sendStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  for (const PacsNode& node : settings_.nodes) node_->addItem(node.toString());

  const bool dicom = session_->volume() && !session_->volume()->metadata().studyInstanceUid.empty();
  const bool masks = dicom && session_->labels();
  const bool results = dicom && quant_->result();
  seg_->setEnabled(masks);
  seg_->setChecked(masks);
  sr_->setEnabled(results);
  sr_->setChecked(results);
  pdf_->setEnabled(results);
  pdf_->setChecked(results);

  auto* form = new QFormLayout;
  form->addRow(tr("PACS:"), node_);
  form->addRow(QString(), seg_);
  form->addRow(QString(), sr_);
  form->addRow(QString(), pdf_);
  form->addRow(tr("Reader who signs:"), reader_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(send_, QDialogButtonBox::ActionRole);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(status_);
  layout->addWidget(buttons);
  connect(send_, &QPushButton::clicked, this, &PacsSendDialog::send);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  if (!dicom)
    say(tr("Only a study loaded from DICOM can be sent: the objects refer to its images."), true);
  else if (settings_.nodes.empty())
    say(tr("No PACS is configured yet: add one under File > PACS Nodes."), true);
  send_->setEnabled(dicom && !settings_.nodes.empty() && (masks || results));
}

void PacsSendDialog::say(const QString& text, bool error) {
  status_->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
  status_->setText(text);
}

void PacsSendDialog::send() {
  const int index = node_->currentIndex();
  if (index < 0) return;
  const QString reader = reader_->text().trimmed();
  ReportActions::rememberReader(reader);
  // The objects exist only until they are sent.
  auto folder = std::make_shared<QTemporaryDir>();
  std::vector<std::filesystem::path> files;
  try {
    if (!folder->isValid()) throw HeaortaError(ErrorCode::WriteFailed, tr("Cannot create a temporary folder: %1").arg(folder->errorString()));
    const auto path = [&folder](const char* name) { return std::filesystem::path(folder->filePath(QString::fromLatin1(name)).toStdString()); };
    if (seg_->isEnabled() && seg_->isChecked()) {
      files.push_back(path("seg.dcm"));
      StudyExports::writeLabels(*session_, *quant_, LabelExportFormat::DicomSeg, files.back());
    }
    if (sr_->isEnabled() && sr_->isChecked()) {
      files.push_back(path("sr.dcm"));
      StudyExports::writeStructuredReport(*session_, *quant_, reader, files.back());
    }
    if (pdf_->isEnabled() && pdf_->isChecked()) {
      files.push_back(path("report.dcm"));
      report_->saveDicomPdf(files.back(), reader);
    }
  } catch (const HeaortaError& error) {
    say(tr("Nothing was sent: %1").arg(error.message()), true);
    return;
  }
  if (files.empty()) {
    say(tr("Choose what to send."), true);
    return;
  }
  const PacsNode node = settings_.nodes[static_cast<std::size_t>(index)];
  send_->setEnabled(false);
  say(tr("Sending to %1...").arg(node.toString()), false);
  runInBackground<PacsStoreResult>(
      this, tr("Sending to %1").arg(node.toString()),
      [node, caller = settings_.caller, files, folder](ProgressSink& progress) { return PacsClient(node, caller).store(files, progress); },
      [this, node, total = static_cast<int>(files.size())](PacsStoreResult& result) {
        send_->setEnabled(true);
        const int stored = static_cast<int>(result.stored);
        QString text = tr("%1 of %n object(s) stored on %2.", nullptr, total).arg(stored).arg(node.toString());
        for (const QString& failure : result.failures) text += QLatin1Char('\n') + failure;
        say(text, stored < total);
        Q_EMIT sent(stored);
      },
      [this](const HeaortaError& error) {
        send_->setEnabled(true);
        say(tr("Not sent: %1").arg(error.message()), true);
      });
}

}  // namespace heaorta
