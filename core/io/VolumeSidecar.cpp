#include "core/io/VolumeSidecar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace heaorta {
namespace {

struct TextField {
  const char* key;
  std::string ScanMetadata::*member;
};

const TextField kTextFields[] = {
    {"Modality", &ScanMetadata::modality},
    {"Manufacturer", &ScanMetadata::manufacturer},
    {"ManufacturersModelName", &ScanMetadata::manufacturerModel},
    {"ConvolutionKernel", &ScanMetadata::convolutionKernel},
    {"ContrastBolusAgent", &ScanMetadata::contrastAgent},
    {"PatientName", &ScanMetadata::patientName},
    {"PatientID", &ScanMetadata::patientId},
    {"PatientAge", &ScanMetadata::patientAge},
    {"PatientSex", &ScanMetadata::patientSex},
    {"PatientBirthDate", &ScanMetadata::patientBirthDate},
    {"StudyDate", &ScanMetadata::studyDate},
    {"StudyDescription", &ScanMetadata::studyDescription},
    {"SeriesDescription", &ScanMetadata::seriesDescription},
    {"InstitutionName", &ScanMetadata::institution},
    {"AccessionNumber", &ScanMetadata::accessionNumber},
    {"StudyInstanceUID", &ScanMetadata::studyInstanceUid},
    {"SeriesInstanceUID", &ScanMetadata::seriesInstanceUid},
    {"FrameOfReferenceUID", &ScanMetadata::frameOfReferenceUid},
};

struct NumberField {
  const char* key;
  std::optional<double> ScanMetadata::*member;
};

const NumberField kNumberFields[] = {
    {"KVP", &ScanMetadata::kvp},
    {"SliceThickness", &ScanMetadata::sliceThicknessMm},
    {"SpacingBetweenSlices", &ScanMetadata::sliceIncrementMm},
};

}  // namespace

bool VolumeSidecar::write(const ScanMetadata& metadata, const std::filesystem::path& file) {
  QJsonObject json;
  for (const auto& f : kTextFields)
    if (!(metadata.*f.member).empty()) json[QLatin1String(f.key)] = QString::fromStdString(metadata.*f.member);
  for (const auto& f : kNumberFields)
    if (metadata.*f.member) json[QLatin1String(f.key)] = *(metadata.*f.member);
  QJsonArray notices;
  for (const auto& n : metadata.loadNotices) notices.append(QJsonObject{{"code", n.code}, {"message", n.message}});
  if (!notices.isEmpty()) json[QStringLiteral("HeaortaLoadNotices")] = notices;
  json[QStringLiteral("ConversionSoftware")] = QStringLiteral("Heaorta Workstation");
  QFile out(QString::fromStdString(file.string()));
  if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
  const QByteArray bytes = QJsonDocument(json).toJson();
  return out.write(bytes) == bytes.size() && out.flush();
}

bool VolumeSidecar::read(const std::filesystem::path& file, ScanMetadata& metadata) {
  QFile in(QString::fromStdString(file.string()));
  if (!in.open(QIODevice::ReadOnly)) return false;
  const QJsonDocument doc = QJsonDocument::fromJson(in.readAll());
  if (!doc.isObject()) return false;
  const QJsonObject json = doc.object();
  for (const auto& f : kTextFields)
    if (json.contains(QLatin1String(f.key))) metadata.*f.member = json[QLatin1String(f.key)].toString().toStdString();
  for (const auto& f : kNumberFields)
    if (json[QLatin1String(f.key)].isDouble()) metadata.*f.member = json[QLatin1String(f.key)].toDouble();
  for (const auto& n : json[QStringLiteral("HeaortaLoadNotices")].toArray())
    metadata.loadNotices.push_back({n[QStringLiteral("code")].toString(), n[QStringLiteral("message")].toString()});
  return true;
}

}  // namespace heaorta
