#pragma once

#include "app/gui/pacs/PacsSettings.h"
#include "core/pacs/PacsQuery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace heaorta {

// File > Query/Retrieve from PACS: search a configured PACS for studies (patient ID, name, date
// range, modality), list the matches, and retrieve the chosen study with progress and cancel into
// the retrieve folder (C-GET, or C-MOVE when configured). Network calls run off the GUI thread.
class PacsBrowser : public QDialog {
  Q_OBJECT

 public:
  explicit PacsBrowser(QWidget* parent = nullptr);

  void search();
  void retrieveSelected();

 Q_SIGNALS:
  // A complete study, in its own folder, ready to be opened.
  void studyRetrieved(const QString& folder);

 private:
  void reloadNodes();
  void configureNodes();
  void showMatches(const PacsMatches& matches);
  void say(const QString& text, bool error);
  void setBusy(bool busy);

  PacsSettings settings_;
  PacsMatches matches_;
  QComboBox* node_;
  QLineEdit* patientId_;
  QLineEdit* name_;
  QLineEdit* date_;
  QLineEdit* modality_;
  QPushButton* search_;
  QPushButton* retrieve_;
  QTableWidget* table_;
  QLabel* status_;
};

}  // namespace heaorta
