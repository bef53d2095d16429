#pragma once

#include "core/quant/QuantResult.h"

#include <QJsonObject>
#include <QString>

namespace heaorta {

// Machine-readable results with stable keys; anything not computed is null, never 0.
QJsonObject toJson(const QuantResult& result);
// One notice as results list it: {"code", "message", "level": "caution" | "failure"}.
QJsonObject noticeJson(const Notice& notice);
// {"valid", "failures": [{"code", "message"}]}, for `score` and `segment` alike.
QJsonObject segmentationJson(const Notices& failures);
// One header line and one row per study, for cohort spreadsheets.
QString csvHeader();
QString csvRow(const QString& study, const QuantResult& result);
// A text cell, quoted as RFC 4180 wants ("" for a quote inside).
QString csvQuoted(const QString& text);

}  // namespace heaorta
