#include "app/gui/pacs/PacsNodesDialog.h"

#include "app/gui/BackgroundTask.h"
#include "core/pacs/PacsClient.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace heaorta {

namespace {

QLineEdit* lineEdit(const QString& name, QWidget* parent) {
  auto* edit = new QLineEdit(parent);
  edit->setObjectName(name);
  return edit;
}

// A file or folder field with a browse button.
QWidget* withBrowse(QLineEdit* edit, bool folder) {
  auto* row = new QWidget(edit->parentWidget());
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  edit->setParent(row);
  layout->addWidget(edit);
  auto* browse = new QToolButton(row);
  browse->setText(QStringLiteral("..."));
  QObject::connect(browse, &QToolButton::clicked, edit, [edit, folder] {
    const QString chosen =
        folder ? QFileDialog::getExistingDirectory(edit, QString(), edit->text())
               : QFileDialog::getOpenFileName(edit, QString(), edit->text(), PacsNodesDialog::tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!chosen.isEmpty()) edit->setText(chosen);
  });
  layout->addWidget(browse);
  return row;
}

}  // namespace

PacsNodesDialog::PacsNodesDialog(QWidget* parent)
    : QDialog(parent),
      settings_(PacsSettings::load()),
      list_(new QListWidget(this)),
      aeTitle_(lineEdit(QStringLiteral("nodeAeTitle"), this)),
      host_(lineEdit(QStringLiteral("nodeHost"), this)),
      port_(new QSpinBox(this)),
      tls_(new QCheckBox(tr("DICOM over TLS"), this)),
      ca_(lineEdit(QStringLiteral("nodeTlsCa"), this)),
      certificate_(lineEdit(QStringLiteral("nodeTlsCertificate"), this)),
      key_(lineEdit(QStringLiteral("nodeTlsKey"), this)),
      localAeTitle_(lineEdit(QStringLiteral("localAeTitle"), this)),
      timeout_(new QSpinBox(this)),
      retrieveFolder_(lineEdit(QStringLiteral("retrieveFolder"), this)),
      move_(new QCheckBox(tr("Retrieve with C-MOVE (for a PACS without C-GET)"), this)),
      movePort_(new QSpinBox(this)),
      test_(new QPushButton(tr("&Test Connection"), this)),
      result_(new QLabel(this)) {
  setWindowTitle(tr("PACS Nodes"));
  list_->setObjectName(QStringLiteral("pacsNodes"));
  port_->setObjectName(QStringLiteral("nodePort"));
  port_->setRange(1, 65535);
  tls_->setObjectName(QStringLiteral("nodeTls"));
  timeout_->setObjectName(QStringLiteral("timeoutSeconds"));
  timeout_->setRange(1, 600);
  timeout_->setSuffix(tr(" s"));
  move_->setObjectName(QStringLiteral("retrieveWithMove"));
  movePort_->setObjectName(QStringLiteral("movePort"));
  movePort_->setRange(1, 65535);
  test_->setObjectName(QStringLiteral("testConnection"));
  result_->setObjectName(QStringLiteral("connectionResult"));
  result_->setWordWrap(true);
  result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  aeTitle_->setMaxLength(16);
  localAeTitle_->setMaxLength(16);
  ca_->setPlaceholderText(tr("PEM file the PACS's certificate chains to"));
  certificate_->setPlaceholderText(tr("PEM file, when the PACS asks for ours"));
  key_->setPlaceholderText(tr("PEM file of that certificate's key"));

  auto* add = new QPushButton(tr("&Add"), this);
  add->setObjectName(QStringLiteral("addNode"));
  auto* remove = new QPushButton(tr("&Remove"), this);
  remove->setObjectName(QStringLiteral("removeNode"));
  auto* listButtons = new QHBoxLayout;
  listButtons->addWidget(add);
  listButtons->addWidget(remove);
  auto* left = new QVBoxLayout;
  left->addWidget(list_);
  left->addLayout(listButtons);

  auto* nodeBox = new QGroupBox(tr("PACS node"), this);
  auto* nodeForm = new QFormLayout(nodeBox);
  nodeForm->addRow(tr("AE title:"), aeTitle_);
  nodeForm->addRow(tr("Host:"), host_);
  nodeForm->addRow(tr("Port:"), port_);
  nodeForm->addRow(QString(), tls_);
  nodeForm->addRow(tr("CA certificate:"), withBrowse(ca_, false));
  nodeForm->addRow(tr("Our certificate:"), withBrowse(certificate_, false));
  nodeForm->addRow(tr("Our private key:"), withBrowse(key_, false));
  nodeForm->addRow(test_);
  nodeForm->addRow(result_);

  auto* ownBox = new QGroupBox(tr("This workstation"), this);
  auto* ownForm = new QFormLayout(ownBox);
  ownForm->addRow(tr("Our AE title:"), localAeTitle_);
  ownForm->addRow(tr("Time-out:"), timeout_);
  ownForm->addRow(tr("Retrieved studies go to:"), withBrowse(retrieveFolder_, true));
  ownForm->addRow(QString(), move_);
  ownForm->addRow(tr("Our storage port for C-MOVE:"), movePort_);

  auto* right = new QVBoxLayout;
  right->addWidget(nodeBox);
  right->addWidget(ownBox);
  auto* columns = new QHBoxLayout;
  columns->addLayout(left, 1);
  columns->addLayout(right, 2);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(columns);
  layout->addWidget(buttons);

  localAeTitle_->setText(settings_.caller.aeTitle);
  timeout_->setValue(settings_.caller.timeoutSeconds);
  retrieveFolder_->setText(settings_.retrieveFolder);
  move_->setChecked(settings_.retrieveWithMove);
  movePort_->setValue(settings_.movePort);
  for (const PacsNode& node : settings_.nodes) list_->addItem(nodeLabel(node));

  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    storeFields();
    showNode(row);
  });
  for (QLineEdit* edit : {aeTitle_, host_, ca_, certificate_, key_}) connect(edit, &QLineEdit::textEdited, this, [this] { storeFields(); });
  connect(port_, &QSpinBox::valueChanged, this, [this] { storeFields(); });
  connect(tls_, &QCheckBox::toggled, this, [this] { storeFields(); });
  connect(add, &QPushButton::clicked, this, &PacsNodesDialog::addNode);
  connect(remove, &QPushButton::clicked, this, &PacsNodesDialog::removeNode);
  connect(test_, &QPushButton::clicked, this, &PacsNodesDialog::testConnection);
  connect(buttons, &QDialogButtonBox::accepted, this, &PacsNodesDialog::save);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  if (settings_.nodes.empty())
    showNode(-1);
  else
    list_->setCurrentRow(0);
}

QString PacsNodesDialog::nodeLabel(const PacsNode& node) const { return node.tls.enabled ? tr("%1 (TLS)").arg(node.toString()) : node.toString(); }

void PacsNodesDialog::addNode() {
  storeFields();
  PacsNode node;
  node.aeTitle = QStringLiteral("PACS");
  node.host = QStringLiteral("localhost");
  settings_.nodes.push_back(node);
  list_->addItem(nodeLabel(node));
  list_->setCurrentRow(list_->count() - 1);
  aeTitle_->setFocus();
  aeTitle_->selectAll();
}

void PacsNodesDialog::removeNode() {
  const int row = list_->currentRow();
  if (row < 0) return;
  row_ = -1;  // the form belongs to the node that goes
  settings_.nodes.erase(settings_.nodes.begin() + row);
  delete list_->takeItem(row);
  showNode(list_->currentRow());
}

void PacsNodesDialog::showNode(int row) {
  row_ = row;
  const bool any = row >= 0 && row < static_cast<int>(settings_.nodes.size());
  const PacsNode node = any ? settings_.nodes[static_cast<std::size_t>(row)] : PacsNode{};
  const QSignalBlocker blockPort(port_), blockTls(tls_);
  aeTitle_->setText(any ? node.aeTitle : QString());
  host_->setText(any ? node.host : QString());
  port_->setValue(node.port);
  tls_->setChecked(node.tls.enabled);
  ca_->setText(node.tls.caCertificateFile);
  certificate_->setText(node.tls.certificateFile);
  key_->setText(node.tls.privateKeyFile);
  for (QWidget* w : std::initializer_list<QWidget*>{aeTitle_, host_, port_, tls_, ca_, certificate_, key_, test_}) w->setEnabled(any);
  result_->clear();
}

void PacsNodesDialog::storeFields() {
  if (row_ < 0 || row_ >= static_cast<int>(settings_.nodes.size())) return;
  PacsNode& node = settings_.nodes[static_cast<std::size_t>(row_)];
  node.aeTitle = aeTitle_->text().trimmed();
  node.host = host_->text().trimmed();
  node.port = static_cast<quint16>(port_->value());
  node.tls.enabled = tls_->isChecked();
  node.tls.caCertificateFile = ca_->text().trimmed();
  node.tls.certificateFile = certificate_->text().trimmed();
  node.tls.privateKeyFile = key_->text().trimmed();
  list_->item(row_)->setText(nodeLabel(node));
}

bool PacsNodesDialog::collect(PacsSettings* settings) {
  storeFields();
  *settings = settings_;
  settings->caller.aeTitle = localAeTitle_->text().trimmed();
  settings->caller.timeoutSeconds = timeout_->value();
  settings->retrieveFolder = retrieveFolder_->text().trimmed();
  settings->retrieveWithMove = move_->isChecked();
  settings->movePort = static_cast<quint16>(movePort_->value());
  QString problem = PacsNode::aeTitleProblem(settings->caller.aeTitle);
  if (!problem.isEmpty()) problem = tr("Our AE title: %1.").arg(problem);
  for (const PacsNode& node : settings->nodes) {
    if (!problem.isEmpty()) break;
    if (const QString p = PacsNode::aeTitleProblem(node.aeTitle); !p.isEmpty())
      problem = tr("%1: %2.").arg(node.toString(), p);
    else if (node.host.isEmpty())
      problem = tr("%1: the host is empty.").arg(node.toString());
    else if (node.tls.enabled && node.tls.certificateFile.isEmpty() != node.tls.privateKeyFile.isEmpty())
      problem = tr("%1: a certificate of ours needs its private key, and a key its certificate.").arg(node.toString());
  }
  if (settings->retrieveFolder.isEmpty() && problem.isEmpty()) problem = tr("Say where retrieved studies go.");
  result_->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
  result_->setText(problem);
  return problem.isEmpty();
}

void PacsNodesDialog::save() {
  PacsSettings settings;
  if (!collect(&settings)) return;
  settings.save();
  accept();
}

void PacsNodesDialog::testConnection() {
  PacsSettings settings;
  if (row_ < 0 || !collect(&settings)) return;
  const PacsNode node = settings.nodes[static_cast<std::size_t>(row_)];
  test_->setEnabled(false);
  result_->setStyleSheet(QString());
  result_->setText(tr("Asking %1 for a C-ECHO...").arg(node.toString()));
  runOffThread<double>(
      this, [node, caller = settings.caller] { return PacsClient(node, caller).echo(); },
      [this, node](double ms) {
        test_->setEnabled(true);
        result_->setStyleSheet(QStringLiteral("color: #1b5e20"));
        result_->setText(tr("%1 answered the C-ECHO in %2 ms.").arg(node.toString()).arg(ms, 0, 'f', 0));
      },
      [this](const HeaortaError& error) {
        test_->setEnabled(true);
        result_->setStyleSheet(QStringLiteral("color: #b00020"));
        result_->setText(error.message());
      });
}

}  // namespace heaorta
