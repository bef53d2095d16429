#pragma once

#include "app/gui/pacs/PacsSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace heaorta {

// Settings > PACS Nodes: the PACS nodes this reader uses (AE title, host, port, DICOM over TLS),
// our own AE title, the time-out and where retrieved studies go, with a connection test (C-ECHO)
// that runs off the GUI thread. Saved per user when the dialog is accepted.
class PacsNodesDialog : public QDialog {
  Q_OBJECT

 public:
  explicit PacsNodesDialog(QWidget* parent = nullptr);
  void testConnection();  // of the selected node

 private:
  void addNode();
  void removeNode();
  void showNode(int row);
  void storeFields();  // the form into the selected node
  QString nodeLabel(const PacsNode& node) const;
  bool collect(PacsSettings* settings);  // false (and says why) when something is unusable
  void save();

  PacsSettings settings_;
  int row_ = -1;
  QListWidget* list_;
  QLineEdit* aeTitle_;
  QLineEdit* host_;
  QSpinBox* port_;
  QCheckBox* tls_;
  QLineEdit* ca_;
  QLineEdit* certificate_;
  QLineEdit* key_;
  QLineEdit* localAeTitle_;
  QSpinBox* timeout_;
  QLineEdit* retrieveFolder_;
  QCheckBox* move_;
  QSpinBox* movePort_;
  QPushButton* test_;
  QLabel* result_;
};

}  // namespace heaorta
