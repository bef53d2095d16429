#pragma once

#include "app/gui/pacs/PacsSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace heaorta {

class QuantificationModel;
class ReportActions;
class StudySession;

// File > Send to PACS: the masks as a DICOM SEG, the results as a DICOM SR and the signed report
// as a DICOM Encapsulated PDF, written from what is on screen into a temporary folder and sent
// with C-STORE (off the GUI thread, with progress and cancel). What cannot be sent is greyed out.
class PacsSendDialog : public QDialog {
  Q_OBJECT

 public:
  PacsSendDialog(StudySession* session, QuantificationModel* quant, ReportActions* report, QWidget* parent = nullptr);
  void send();

 Q_SIGNALS:
  void sent(int objects);

 private:
  void say(const QString& text, bool error);

  StudySession* session_;
  QuantificationModel* quant_;
  ReportActions* report_;
  PacsSettings settings_;
  QComboBox* node_;
  QCheckBox* seg_;
  QCheckBox* sr_;
  QCheckBox* pdf_;
  QLineEdit* reader_;
  QPushButton* send_;
  QLabel* status_;
};

}  // namespace heaorta
