#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/model/LabelMap.h"
#include "core/model/Volume.h"

#include <QObject>
#include <filesystem>
#include <memory>

namespace heaorta {

// The study open in the workstation: the CT, its labels (the one source of truth for every
// mask-derived number) and where they came from.
class StudySession : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  void open(std::shared_ptr<Volume> volume, const std::filesystem::path& source);
  void setLabels(std::shared_ptr<LabelMap> labels);
  void close();

  bool isOpen() const { return volume_ != nullptr; }
  std::shared_ptr<const Volume> volume() const { return volume_; }
  std::shared_ptr<LabelMap> labels() const { return labels_; }
  const std::filesystem::path& source() const { return source_; }

 Q_SIGNALS:
  void opened();
  void labelsReplaced();
  void closed();

 private:
  std::shared_ptr<Volume> volume_;
  std::shared_ptr<LabelMap> labels_;
  std::filesystem::path source_;
};

}  // namespace heaorta
