#pragma once

#include "app/report/ReportContent.h"

#include <QObject>
#include <filesystem>

class QAction;
class QMenu;
class QWidget;

namespace heaorta {

class QuantificationModel;
class StudySession;
class VolumeView3D;

// File > Report: the printable report of the study on screen (the scores as shown, the lesion
// key image, the 3D view as it is now), in the workstation's language, signed by the reader, with
// a print preview (A4 or Letter from the printer's page setup) or saved as a PDF.
class ReportActions : public QObject {
  Q_OBJECT

 public:
  ReportActions(StudySession* session, QuantificationModel* quant, VolumeView3D* view3d, QWidget* window);
  void addTo(QMenu* menu);
  void updateEnabled();  // a report needs a result

  ReportContent content(const QString& reader) const;
  void previewAndPrint();
  void chooseAndSavePdf();
  // Throws HeaortaError when the file cannot be written.
  void savePdf(const std::filesystem::path& file, const QString& reader) const;
  // The report as a DICOM Encapsulated PDF in the CT's study (throws as DicomEncapsulatedPdf::write).
  void saveDicomPdf(const std::filesystem::path& file, const QString& reader) const;
  // Who signed last (remembered per user).
  static QString rememberedReader();
  static void rememberReader(const QString& reader);

 private:
  bool askReader(QString* reader) const;  // false when the reader cancels

  StudySession* session_;
  QuantificationModel* quant_;
  VolumeView3D* view3d_;
  QWidget* window_;
  QAction* preview_ = nullptr;
  QAction* savePdf_ = nullptr;
};

}  // namespace heaorta
