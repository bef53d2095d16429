#include "core/model/LabelMap.h"
#include "core/util/Error.h"
#include "segmentation/model/ModelCard.h"
#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

class ModelCardTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  fs::path models() const { return sourceDir() / "tests/data/models"; }

  // A copy of a valid card with one key changed.
  fs::path variant(const QString& name, const std::function<void(QJsonObject&)>& change) {
    QFile in(QString::fromStdString((models() / "intensity-bands.json").string()));
    in.open(QIODevice::ReadOnly);
    QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    change(json);
    const QString path = tmp_.filePath(name);
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(json).toJson());
    return path.toStdString();
  }

  static QString errorOf(const fs::path& card) {
    try {
      ModelCard::read(card);
    } catch (const HeaortaError& e) {
      return e.code() == ErrorCode::ModelInvalid ? e.message() : QStringLiteral("wrong code");
    }
    return {};
  }

 private Q_SLOTS:
  void readsEveryPartOfTheContract() {
    const ModelCard card = ModelCard::read(models() / "intensity-bands.json");
    QCOMPARE(card.spacingMm, Eigen::Vector3d(1.5, 1.5, 2.0));
    QCOMPARE(card.window, (Index3{48, 40, 16}));
    QCOMPARE(card.normalization, ModelCard::Normalization::ClipScale);
    QCOMPARE(card.activation, ModelCard::Activation::Sigmoid);
    QCOMPARE(card.channelLabels, (std::vector<uint8_t>{Heart, AscendingAorta, DescendingAorta}));
    QVERIFY(!card.hasSingleAortaChannel());
    card.verifyWeights(models() / "intensity-bands.pt");
    QVERIFY(ModelCard::read(models() / "single-aorta.json").hasSingleAortaChannel());
    QCOMPARE(ModelCard::cardPathFor("/x/heaortanet.pt"), fs::path("/x/heaortanet.json"));
  }

  void refusesWhatBreaksTheContract() {
    QVERIFY(errorOf(tmp_.filePath(QStringLiteral("absent.json")).toStdString()).contains(QLatin1String("missing")));
    QVERIFY(!errorOf(variant(QStringLiteral("a.json"), [](QJsonObject& j) { j.remove(QStringLiteral("weights_sha256")); })).isEmpty());
    QVERIFY(errorOf(variant(QStringLiteral("b.json"), [](QJsonObject& j) {
              QJsonObject o = j[QStringLiteral("output")].toObject();
              o[QStringLiteral("channels")] = QJsonArray{QStringLiteral("heart"), QStringLiteral("spleen")};
              j[QStringLiteral("output")] = o;
            })).contains(QLatin1String("spleen")));
    QVERIFY(!errorOf(variant(QStringLiteral("c.json"), [](QJsonObject& j) {
               QJsonObject o = j[QStringLiteral("output")].toObject();
               o[QStringLiteral("channels")] = QJsonArray{QStringLiteral("aorta")};
               j[QStringLiteral("output")] = o;
             })).isEmpty());
    QVERIFY(!errorOf(variant(QStringLiteral("d.json"), [](QJsonObject& j) { j[QStringLiteral("window")] = QJsonArray{224, 224}; })).isEmpty());
    const QString notJson = tmp_.filePath(QStringLiteral("e.json"));
    QFile f(notJson);
    f.open(QIODevice::WriteOnly);
    f.write("{ not json");
    f.close();
    QVERIFY(errorOf(notJson.toStdString()).contains(QLatin1String("JSON")));
  }

  void aDamagedOrWrongWeightsFileIsRefused() {
    const ModelCard card = ModelCard::read(models() / "wrong-checksum.json");
    try {
      card.verifyWeights(models() / "wrong-checksum.pt");
      QFAIL("the checksum differs");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::ModelInvalid);
      QVERIFY(e.message().contains(QLatin1String("SHA-256")));
    }
  }
};

QTEST_GUILESS_MAIN(ModelCardTest)
#include "ModelCardTest.moc"
