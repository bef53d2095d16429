#pragma once

#include "core/dicom/DicomIndex.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace heaorta {

// Patients > studies > series found in a folder, with the columns a reader expects. A double-click
// on a series asks for it to be loaded.
class StudyBrowser : public QWidget {
  Q_OBJECT

 public:
  explicit StudyBrowser(QWidget* parent = nullptr);

  void setIndex(const DicomIndex& index, const QString& folder);
  // Selects the series whose files are these (after a direct load).
  int seriesCount() const;

 Q_SIGNALS:
  void seriesActivated(const heaorta::DicomSeriesInfo& series);
  void openFolderRequested();

 private:
  void activate(QTreeWidgetItem* item);

  QTreeWidget* tree_;
  QLabel* summary_;
  std::vector<DicomSeriesInfo> series_;
};

}  // namespace heaorta
