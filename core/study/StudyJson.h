#pragma once

#include "core/dicom/DicomIndex.h"
#include "core/model/Volume.h"

#include <QJsonObject>

namespace heaorta {

// Machine-readable descriptions of what was found and loaded; keys are stable for scripts.
QJsonObject toJson(const ImageGeometry& geometry);
QJsonObject toJson(const ScanMetadata& metadata);
QJsonObject toJson(const DicomIndex& index);
QJsonObject toJson(const DicomSeriesInfo& series);
QJsonObject describeVolume(const Volume& volume);  // geometry, HU range, metadata, notices

}  // namespace heaorta
