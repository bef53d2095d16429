#include "app/gui/pacs/PacsBrowser.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/pacs/PacsNodesDialog.h"
#include "core/pacs/PacsClient.h"
#include "core/dicom/DicomValues.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace heaorta {

PacsBrowser::PacsBrowser(QWidget* parent)
    : QDialog(parent),
      node_(new QComboBox(this)),
      patientId_(new QLineEdit(this)),
      name_(new QLineEdit(this)),
      date_(new QLineEdit(this)),
      modality_(new QLineEdit(QStringLiteral("CT"), this)),
      search_(new QPushButton(tr("&Search"), this)),
      retrieve_(new QPushButton(tr("&Retrieve and Open"), this)),
      table_(new QTableWidget(this)),
      status_(new QLabel(this)) {
  setWindowTitle(tr("Query/Retrieve from PACS"));
  node_->setObjectName(QStringLiteral("pacsNode"));
  patientId_->setObjectName(QStringLiteral("queryPatientId"));
  name_->setObjectName(QStringLiteral("queryName"));
  name_->setPlaceholderText(tr("DICOM wildcards: * and ?"));
  date_->setObjectName(QStringLiteral("queryDate"));
  date_->setPlaceholderText(tr("YYYYMMDD, YYYYMMDD-YYYYMMDD, -YYYYMMDD"));
  modality_->setObjectName(QStringLiteral("queryModality"));
  search_->setObjectName(QStringLiteral("searchPacs"));
  search_->setDefault(true);
  retrieve_->setObjectName(QStringLiteral("retrieveStudy"));
  retrieve_->setEnabled(false);
  status_->setObjectName(QStringLiteral("pacsStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  table_->setObjectName(QStringLiteral("pacsResults"));
  table_->setColumnCount(9);
  table_->setHorizontalHeaderLabels({tr("Patient"), tr("Patient ID"), tr("Birth date"), tr("Study date"), tr("Accession"), tr("Description"),
                                     tr("Modalities"), tr("Series"), tr("Images")});
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);

  auto* configure = new QPushButton(tr("&Nodes..."), this);
  configure->setObjectName(QStringLiteral("configurePacsNodes"));
  auto* nodeRow = new QHBoxLayout;
  nodeRow->addWidget(node_, 1);
  nodeRow->addWidget(configure);
  auto* form = new QFormLayout;
  form->addRow(tr("PACS:"), nodeRow);
  form->addRow(tr("Patient ID:"), patientId_);
  form->addRow(tr("Patient name:"), name_);
  form->addRow(tr("Study date:"), date_);
  form->addRow(tr("Modality:"), modality_);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->addButton(search_, QDialogButtonBox::ActionRole);
  buttons->addButton(retrieve_, QDialogButtonBox::ActionRole);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(table_, 1);
  layout->addWidget(status_);
  layout->addWidget(buttons);
  resize(900, 560);

  connect(configure, &QPushButton::clicked, this, &PacsBrowser::configureNodes);
  connect(search_, &QPushButton::clicked, this, &PacsBrowser::search);
  connect(retrieve_, &QPushButton::clicked, this, &PacsBrowser::retrieveSelected);
  connect(table_, &QTableWidget::itemSelectionChanged, this, [this] { retrieve_->setEnabled(search_->isEnabled() && table_->currentRow() >= 0); });
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this] { retrieveSelected(); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  reloadNodes();
}

void PacsBrowser::reloadNodes() {
  settings_ = PacsSettings::load();
  node_->clear();
  for (const PacsNode& node : settings_.nodes) node_->addItem(node.toString());
  search_->setEnabled(!settings_.nodes.empty());
  if (settings_.nodes.empty()) say(tr("No PACS is configured yet: add one with Nodes..."), false);
}

void PacsBrowser::configureNodes() {
  PacsNodesDialog dialog(this);
  if (dialog.exec() == QDialog::Accepted) reloadNodes();
}

void PacsBrowser::say(const QString& text, bool error) {
  status_->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
  status_->setText(text);
}

void PacsBrowser::setBusy(bool busy) {
  search_->setEnabled(!busy && !settings_.nodes.empty());
  retrieve_->setEnabled(!busy && table_->currentRow() >= 0);
}

void PacsBrowser::search() {
  const int index = node_->currentIndex();
  if (index < 0) return;
  PacsQuery query;
  query.patientId = patientId_->text().trimmed();
  query.patientName = name_->text().trimmed();
  query.dateRange = date_->text().trimmed();
  query.modality = modality_->text().trimmed().toUpper();
  if (const QString problem = query.problem(); !problem.isEmpty()) {
    say(problem, true);
    return;
  }
  const PacsNode node = settings_.nodes[static_cast<std::size_t>(index)];
  setBusy(true);
  say(tr("Searching %1...").arg(node.toString()), false);
  runOffThread<PacsMatches>(
      this, [node, caller = settings_.caller, query] { return PacsClient(node, caller).find(query); },
      [this](PacsMatches& matches) {
        showMatches(matches);
        setBusy(false);
      },
      [this](const HeaortaError& error) {
        showMatches({});
        setBusy(false);
        say(error.message(), true);
      });
}

void PacsBrowser::showMatches(const PacsMatches& matches) {
  matches_ = matches;
  table_->clearContents();
  table_->setRowCount(static_cast<int>(matches.size()));
  const auto count = [](int n) { return n < 0 ? QString() : QString::number(n); };
  const auto date = [](const QString& da) { return QString::fromStdString(dicom::dateForDisplay(da.toStdString())); };
  for (int r = 0; r < static_cast<int>(matches.size()); ++r) {
    const PacsMatch& m = matches[static_cast<std::size_t>(r)];
    const QString cells[9] = {m.patientName,      m.patientId,  date(m.patientBirthDate), date(m.studyDate),     m.accessionNumber,
                              m.studyDescription, m.modalities, count(m.seriesCount),     count(m.instanceCount)};
    for (int c = 0; c < 9; ++c) table_->setItem(r, c, new QTableWidgetItem(cells[c]));
  }
  table_->resizeColumnsToContents();
  say(tr("%n study(s) found.", nullptr, static_cast<int>(matches.size())), false);
  if (!matches.empty()) table_->selectRow(0);
}

void PacsBrowser::retrieveSelected() {
  const int row = table_->currentRow();
  const int index = node_->currentIndex();
  if (row < 0 || row >= static_cast<int>(matches_.size()) || index < 0) return;
  const PacsNode node = settings_.nodes[static_cast<std::size_t>(index)];
  const PacsMatch match = matches_[static_cast<std::size_t>(row)];
  const PacsSettings settings = settings_;
  setBusy(true);
  say(tr("Retrieving the study from %1...").arg(node.toString()), false);
  runInBackground<PacsRetrieveResult>(
      this, tr("Retrieving from %1").arg(node.toString()),
      [node, settings, uid = match.studyInstanceUid.toStdString()](ProgressSink& progress) {
        PacsClient client(node, settings.caller);
        const std::filesystem::path folder = settings.retrieveFolder.toStdString();
        return settings.retrieveWithMove ? client.move(uid, {}, folder, settings.movePort, progress) : client.get(uid, {}, folder, progress);
      },
      [this](PacsRetrieveResult& result) {
        setBusy(false);
        const QString folder = QString::fromStdString(result.studyFolder.string());
        say(tr("Retrieved %n image(s) into %1.", nullptr, static_cast<int>(result.instanceCount)).arg(folder), false);
        Q_EMIT studyRetrieved(folder);
      },
      [this](const HeaortaError& error) {
        setBusy(false);
        say(error.message(), true);
      });
}

}  // namespace heaorta
