#include "segmentation/model/ModelCard.h"

#include "core/model/LabelMap.h"
#include "core/util/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace heaorta {
namespace {

HeaortaError invalid(const std::filesystem::path& file, const QString& problem) {
  return HeaortaError(ErrorCode::ModelInvalid, QStringLiteral("%1: %2").arg(QString::fromStdString(file.string()), problem));
}

}  // namespace

std::filesystem::path ModelCard::cardPathFor(const std::filesystem::path& model) {
  std::filesystem::path card = model;
  card.replace_extension(".json");
  return card;
}

ModelCard ModelCard::read(const std::filesystem::path& file) {
  QFile in(QString::fromStdString(file.string()));
  if (!in.exists()) throw invalid(file, tr("the model card is missing; a model needs its card (JSON) beside it"));
  if (!in.open(QIODevice::ReadOnly)) throw invalid(file, tr("the model card cannot be read"));
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
  if (!doc.isObject()) throw invalid(file, tr("the model card is not valid JSON (%1)").arg(parseError.errorString()));
  const QJsonObject json = doc.object();

  ModelCard card;
  card.name = json[QStringLiteral("name")].toString();
  card.version = json[QStringLiteral("version")].toString();
  card.architecture = json[QStringLiteral("architecture")].toString();
  card.trained = json[QStringLiteral("trained")].toBool(true);
  card.note = json[QStringLiteral("note")].toString();
  card.weightsSha256 = json[QStringLiteral("weights_sha256")].toString().toLower();
  if (card.name.isEmpty() || card.version.isEmpty()) throw invalid(file, tr("the model card has no name or version"));
  if (card.weightsSha256.size() != 64) throw invalid(file, tr("the model card has no SHA-256 of the weights"));

  const QJsonObject input = json[QStringLiteral("input")].toObject();
  const QJsonArray spacing = input[QStringLiteral("spacing_mm")].toArray();
  if (spacing.size() != 3) throw invalid(file, tr("input.spacing_mm must hold three numbers"));
  for (int a = 0; a < 3; ++a) card.spacingMm[a] = spacing[a].toDouble();
  if (card.spacingMm.minCoeff() <= 0) throw invalid(file, tr("input.spacing_mm must be positive"));
  const QString orientation = input[QStringLiteral("orientation")].toString(QStringLiteral("LPS"));
  if (orientation != QLatin1String("LPS") && orientation != QLatin1String("RAS")) throw invalid(file, tr("input.orientation must be LPS or RAS"));
  card.ras = orientation == QLatin1String("RAS");
  const QJsonObject normalization = input[QStringLiteral("normalization")].toObject();
  const QString type = normalization[QStringLiteral("type")].toString();
  if (type == QLatin1String("zscore_nonzero")) {
    card.normalization = Normalization::ZScoreNonZero;
  } else if (type == QLatin1String("clip_scale")) {
    card.normalization = Normalization::ClipScale;
    card.clipMin = normalization[QStringLiteral("min")].toDouble(-1000);
    card.clipMax = normalization[QStringLiteral("max")].toDouble(1000);
    if (card.clipMax <= card.clipMin) throw invalid(file, tr("normalization.max must exceed normalization.min"));
  } else {
    throw invalid(file, tr("unknown input normalisation \"%1\" (zscore_nonzero or clip_scale)").arg(type));
  }

  const QJsonArray window = json[QStringLiteral("window")].toArray();
  if (window.size() != 3) throw invalid(file, tr("window must hold three sizes (x, y, z)"));
  for (int a = 0; a < 3; ++a) card.window[a] = window[a].toInt();
  if (*std::min_element(card.window.begin(), card.window.end()) < 8) throw invalid(file, tr("window sizes must be at least 8"));
  card.overlap = json[QStringLiteral("overlap")].toDouble(0.25);
  if (card.overlap < 0 || card.overlap >= 0.95) throw invalid(file, tr("overlap must be in [0, 0.95)"));

  const QJsonObject output = json[QStringLiteral("output")].toObject();
  const QString activation = output[QStringLiteral("activation")].toString();
  if (activation == QLatin1String("sigmoid"))
    card.activation = Activation::Sigmoid;
  else if (activation == QLatin1String("softmax"))
    card.activation = Activation::Softmax;
  else
    throw invalid(file, tr("output.activation must be sigmoid or softmax"));
  card.threshold = output[QStringLiteral("threshold")].toDouble(0.5);
  for (const QJsonValue& channel : output[QStringLiteral("channels")].toArray()) {
    const QString c = channel.toString();
    if (c == QLatin1String("background"))
      card.channelLabels.push_back(Background);
    else if (c == QLatin1String("heart"))
      card.channelLabels.push_back(Heart);
    else if (c == QLatin1String("ascending_aorta"))
      card.channelLabels.push_back(AscendingAorta);
    else if (c == QLatin1String("descending_aorta"))
      card.channelLabels.push_back(DescendingAorta);
    else if (c == QLatin1String("aorta"))
      card.channelLabels.push_back(kAorta);
    else
      throw invalid(file, tr("unknown output channel \"%1\"").arg(c));
  }
  if (card.channelLabels.empty()) throw invalid(file, tr("output.channels is empty"));
  if (std::find(card.channelLabels.begin(), card.channelLabels.end(), Heart) == card.channelLabels.end())
    throw invalid(file, tr("the model has no heart channel"));
  return card;
}

void ModelCard::verifyWeights(const std::filesystem::path& model) const {
  QFile in(QString::fromStdString(model.string()));
  if (!in.open(QIODevice::ReadOnly)) throw invalid(model, tr("the model file cannot be read"));
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&in)) throw invalid(model, tr("the model file cannot be read"));
  const QString actual = QString::fromLatin1(hash.result().toHex());
  if (actual != weightsSha256)
    throw invalid(
        model,
        tr("the file's SHA-256 (%1) differs from its model card's (%2): wrong or damaged model file").arg(actual.left(12), weightsSha256.left(12)));
}

bool ModelCard::hasSingleAortaChannel() const { return std::find(channelLabels.begin(), channelLabels.end(), kAorta) != channelLabels.end(); }

}  // namespace heaorta
