#include "core/study/StudyJson.h"

#include <QJsonArray>

namespace heaorta {
namespace {

QJsonArray vec(const Eigen::Vector3d& v) { return {v[0], v[1], v[2]}; }
QString str(const std::string& s) { return QString::fromStdString(s); }

template <typename T>
QJsonValue optional(const std::optional<T>& value) {
  return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

}  // namespace

QJsonObject toJson(const ImageGeometry& g) {
  QJsonArray direction;
  for (int c = 0; c < 3; ++c) direction.append(vec(g.direction.col(c)));
  return {{"size", QJsonArray{g.size[0], g.size[1], g.size[2]}},
          {"spacing_mm", vec(g.spacing)},
          {"origin_mm", vec(g.origin)},
          {"axis_directions_lps", direction},
          {"orientation", str(g.orientationCode())}};
}

QJsonObject toJson(const ScanMetadata& m) {
  QJsonArray notices;
  for (const auto& n : m.loadNotices) notices.append(QJsonObject{{"code", n.code}, {"message", n.message}});
  return {{"source_format", str(m.sourceFormat)},
          {"modality", str(m.modality)},
          {"kvp", optional(m.kvp)},
          {"slice_thickness_mm", optional(m.sliceThicknessMm)},
          {"slice_increment_mm", optional(m.sliceIncrementMm)},
          {"convolution_kernel", str(m.convolutionKernel)},
          {"contrast_agent", str(m.contrastAgent)},
          {"contrast_agent_recorded", m.contrastAgentRecorded()},
          {"patient_name", str(m.patientName)},
          {"patient_id", str(m.patientId)},
          {"patient_age", str(m.patientAge)},
          {"patient_age_years", optional(m.patientAgeYears())},
          {"patient_sex", str(m.patientSex)},
          {"study_date", str(m.studyDate)},
          {"study_description", str(m.studyDescription)},
          {"series_description", str(m.seriesDescription)},
          {"manufacturer", str(m.manufacturer)},
          {"manufacturer_model", str(m.manufacturerModel)},
          {"study_instance_uid", str(m.studyInstanceUid)},
          {"series_instance_uid", str(m.seriesInstanceUid)},
          {"notices", notices}};
}

QJsonObject toJson(const DicomSeriesInfo& s) {
  QJsonArray files;
  for (const auto& f : s.files) files.append(str(f.string()));
  return {{"series_instance_uid", str(s.seriesInstanceUid)},
          {"series_number", optional(s.seriesNumber)},
          {"modality", str(s.modality)},
          {"description", str(s.description)},
          {"sop_class_uid", str(s.sopClassUid)},
          {"image_type", str(s.imageType)},
          {"slice_thickness_mm", optional(s.sliceThicknessMm)},
          {"rows", s.rows},
          {"columns", s.columns},
          {"images", static_cast<qint64>(s.imageCount)},
          {"files", files}};
}

QJsonObject toJson(const DicomIndex& index) {
  QJsonArray patients;
  for (const auto& p : index.patients) {
    QJsonArray studies;
    for (const auto& st : p.studies) {
      QJsonArray series;
      for (const auto& se : st.series) series.append(toJson(se));
      studies.append(QJsonObject{{"study_instance_uid", str(st.studyInstanceUid)},
                                 {"date", str(st.date)},
                                 {"time", str(st.time)},
                                 {"description", str(st.description)},
                                 {"accession_number", str(st.accessionNumber)},
                                 {"series", series}});
    }
    patients.append(QJsonObject{
        {"patient_id", str(p.patientId)}, {"name", str(p.name)}, {"birth_date", str(p.birthDate)}, {"sex", str(p.sex)}, {"studies", studies}});
  }
  QJsonArray skipped;
  for (const auto& s : index.skipped) skipped.append(QJsonObject{{"file", str(s.file.string())}, {"reason", s.reason}});
  return {{"files_examined", static_cast<qint64>(index.filesExamined)}, {"patients", patients}, {"skipped", skipped}};
}

QJsonObject describeVolume(const Volume& volume) {
  const HuRange range = volume.huRange();
  QJsonObject json = toJson(volume.geometry());
  json["hu_range"] = QJsonArray{range.min, range.max};
  json["metadata"] = toJson(volume.metadata());
  return json;
}

}  // namespace heaorta
