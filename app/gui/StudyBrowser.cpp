#include "app/gui/StudyBrowser.h"

#include "core/dicom/DicomValues.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace heaorta {
namespace {

QString str(const std::string& s) { return QString::fromStdString(s); }

QString date(const std::string& yyyymmdd) { return str(dicom::dateForDisplay(yyyymmdd)); }

QString personName(const std::string& pn) { return str(dicom::personNameForDisplay(pn)); }

}  // namespace

StudyBrowser::StudyBrowser(QWidget* parent) : QWidget(parent), tree_(new QTreeWidget(this)), summary_(new QLabel(this)) {
  setObjectName(QStringLiteral("studyBrowser"));
  tree_->setObjectName(QStringLiteral("studyTree"));
  tree_->setColumnCount(6);
  tree_->setHeaderLabels({tr("Patient / study / series"), tr("ID / date / modality"), tr("Description"), tr("Images"), tr("Slice thickness"),
                          tr("Sex / accession / size")});
  tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  tree_->setAlternatingRowColors(true);
  summary_->setWordWrap(true);
  auto* open = new QPushButton(tr("Open Folder..."), this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(open);
  layout->addWidget(summary_);
  layout->addWidget(tree_, 1);
  connect(open, &QPushButton::clicked, this, &StudyBrowser::openFolderRequested);
  // Activation: a double-click, or Enter on the selected series.
  connect(tree_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
  summary_->setText(tr("Open a folder to list its DICOM studies."));
}

int StudyBrowser::seriesCount() const { return static_cast<int>(series_.size()); }

void StudyBrowser::setIndex(const DicomIndex& index, const QString& folder) {
  tree_->clear();
  series_.clear();
  for (const auto* s : index.allSeries()) series_.push_back(*s);
  std::size_t n = 0;
  for (const DicomPatientInfo& p : index.patients) {
    auto* patient = new QTreeWidgetItem(tree_, {personName(p.name), str(p.patientId), QString(), QString(), QString(), str(p.sex)});
    for (const DicomStudyInfo& st : p.studies) {
      auto* study = new QTreeWidgetItem(patient, {tr("Study"), date(st.date), str(st.description), QString(), QString(), str(st.accessionNumber)});
      for (const DicomSeriesInfo& se : st.series) {
        auto* item = new QTreeWidgetItem(
            study, {tr("Series %1").arg(se.seriesNumber ? QString::number(*se.seriesNumber) : QStringLiteral("-")), str(se.modality),
                    str(se.description), QString::number(se.imageCount), se.sliceThicknessMm ? tr("%1 mm").arg(*se.sliceThicknessMm) : QString(),
                    QStringLiteral("%1 x %2").arg(se.columns).arg(se.rows)});
        item->setData(0, Qt::UserRole, static_cast<qulonglong>(n++));
        if (!se.isCt()) item->setToolTip(0, tr("Not CT: it can be listed but not scored."));
      }
    }
  }
  tree_->expandAll();
  summary_->setText(tr("%1: %2 series in %3 file(s), %4 skipped (double-click a series to open it)")
                        .arg(folder)
                        .arg(series_.size())
                        .arg(index.filesExamined)
                        .arg(index.skipped.size()));
}

void StudyBrowser::activate(QTreeWidgetItem* item) {
  const QVariant v = item->data(0, Qt::UserRole);
  if (!v.isValid()) return;
  Q_EMIT seriesActivated(series_[v.toULongLong()]);
}

}  // namespace heaorta
