#include "app/cli/ScoreCommand.h"

#include "app/cli/ExitCodes.h"
#include "app/cli/ScoredStudy.h"
#include "core/quant/QuantResultJson.h"
#include "core/quant/ResultPresenter.h"
#include "core/study/StudyJson.h"
#include "core/util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace heaorta::cli {
namespace {

QString num(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }

}  // namespace

int ScoreCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
  QCommandLineParser parser;
  parser.setApplicationDescription(summary());
  parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
  parser.addOption({QStringLiteral("csv"), tr("Print a CSV header and one row.")});
  ScoredStudy::addOptions(parser);
  int exitCode = Ok;
  if (!parseOrExplain(parser, arguments, 1, out, err, &exitCode)) return exitCode;
  try {
    const ScoredStudy scored = ScoredStudy::run(parser);
    const QuantResult& result = scored.result;
    if (parser.isSet(QStringLiteral("json"))) {
      QJsonObject json = toJson(result);
      json[QStringLiteral("input")] = scored.input;
      json[QStringLiteral("labels")] =
          parser.isSet(QStringLiteral("labels")) ? QJsonValue(parser.value(QStringLiteral("labels"))) : QJsonValue(QJsonValue::Null);
      json[QStringLiteral("segmenter")] = scored.segmenter.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(scored.segmenter);
      json[QStringLiteral("edits")] = scored.edits;
      json[QStringLiteral("volume")] = describeVolume(scored.study.volume);
      out << QJsonDocument(json).toJson();
    } else if (parser.isSet(QStringLiteral("csv"))) {
      out << csvHeader() << '\n' << csvRow(scored.input, result) << '\n';
    } else {
      if (!scored.segmenter.isEmpty()) out << tr("Masks made by: %1").arg(scored.segmenter) << '\n';
      printText(result, out);
    }
    return scored.exitCode();
  } catch (const HeaortaError& e) {
    err << tr("error: %1").arg(e.message()) << '\n';
    return exitCodeFor(e.code());
  }
}

void ScoreCommand::printText(const QuantResult& r, QTextStream& out) {
  const ResultPresenter present(r);
  if (!r.segmentationValid()) {
    out << tr("SEGMENTATION FAILED: the masks cannot be what they claim; the numbers below are not a result.") << '\n';
    for (const Notice& n : r.failures()) out << "  ! " << n.message << '\n';
  }
  out << tr("Coronary artery calcium (Agatston): %1").arg(present.cacValue()) << '\n';
  if (present.scoreComputed()) {
    out << "  " << present.cacDetails() << '\n';
    QStringList perArtery;
    for (Artery a : {Artery::LM, Artery::LAD, Artery::LCX, Artery::RCA, Artery::Other, Artery::Unassigned})
      perArtery << QStringLiteral("%1 %2").arg(ResultPresenter::arteryName(a), present.arteryValue(a));
    out << "  " << perArtery.join(QStringLiteral(", ")) << '\n';
  }
  if (present.verdictGiven()) {
    out << tr("Risk tier: %1. %2").arg(present.verdict(), present.advice()) << '\n';
  } else {
    QStringList codes;
    for (const Notice& n : r.verdictWithheldBecause()) codes << n.code;
    out << (codes.isEmpty() ? tr("Risk tier: none given, the score was not computed.")
                            : tr("Risk tier: none given, the score is not valid (%1).").arg(codes.join(QStringLiteral(", "))))
        << '\n';
  }
  out << tr("Aortic calcium (Agatston): %1").arg(present.aorticCalcium()) << '\n';
  out << tr("Pericardial fat: %1").arg(present.pericardialFat()) << '\n';
  out << tr("Settings: %1").arg(present.settings()) << '\n';
  if (!r.notices.empty()) {
    out << tr("Cautions:") << '\n';
    for (const QString& line : present.cautions()) out << "  - " << line << '\n';
  }
  if (!r.lesions.empty()) {
    out << tr("Lesions (id, region, artery, slices from 1, area mm², peak HU, mean HU, Agatston, volume mm³, mass mg):") << '\n';
    for (const CalcifiedLesion& l : r.lesions)
      out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(l.id)
                 .arg(QLatin1String(regionKey(l.region)),
                      l.region == CalciumRegion::Coronary ? QLatin1String(arteryKey(l.artery)) : QStringLiteral("-"), present.slices(l),
                      num(l.areaMm2), QString::number(l.peakHu), num(l.meanHu, 0), num(l.agatston), num(l.volumeMm3))
                 .arg(num(l.massMg, 2));
  }
}

}  // namespace heaorta::cli
