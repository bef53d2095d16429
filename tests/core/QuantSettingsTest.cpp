#include "core/quant/QuantSettings.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace heaorta;

class QuantSettingsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void defaultsAreTheLiteratureValues() {
    const QuantSettings s;
    QCOMPARE(s.calciumThresholdHu, 130);
    QCOMPARE(s.minLesionAreaMm2, 1.0);
    QCOMPARE(s.connectivity, 8);
    QCOMPARE(s.fatLowHu, -190);
    QCOMPARE(s.fatHighHu, -30);
    QVERIFY(s.validate().isEmpty());
  }

  void jsonRoundTripKeepsEveryChoice() {
    QuantSettings s;
    s.calciumThresholdHu = 147;
    s.minLesionAreaMm2 = 0.5;
    s.minLesionPixels = 3;
    s.connectivity = 4;
    s.fatLowHu = -190;
    s.fatHighHu = -45;
    s.massCalibrationMgPerHuMm3 = 0.0008;
    s.adjustThresholdForKvp = true;
    const QuantSettings back = QuantSettings::fromJson(s.toJson());
    QCOMPARE(back.toJson(), s.toJson());
  }

  void acceptsTheReferenceVectorsNotation() {
    // shared/data/quant-vectors writes connectivity as "8 (in-slice)".
    const QJsonObject json{{"threshold_hu", 130},
                           {"min_area_mm2", 1.0},
                           {"connectivity", QStringLiteral("4 (in-slice)")},
                           {"mass_calibration_mg_per_hu_mm3", 0.001},
                           {"fat_window_hu", QJsonArray{-190, -30}}};
    QCOMPARE(QuantSettings::fromJson(json).connectivity, 4);
  }

  void badValuesAreRefusedWithAReason() {
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"connectivity", 6}}));
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"fat_window_hu", QJsonArray{-30, -190}}}));
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"threshold_hu", 10}}));
    // Found by the fuzzer (tests/fuzz): a kVp entry that is not a pair crashed the reader, and a
    // number too large for its field was converted (undefined behaviour) instead of refused.
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"kvp_thresholds", QJsonArray{QJsonObject{{"kvp", 80}}}}}));
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"kvp_thresholds", QJsonArray{QJsonArray{80}}}}));
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"min_lesion_pixels", 1e300}}));
    QVERIFY_THROWS_EXCEPTION(HeaortaError, QuantSettings::fromJson({{"connectivity", QStringLiteral("nan")}}));
  }

  void kvpInterpolatesTheTable() {
    QuantSettings s;
    QCOMPARE(s.thresholdFor(100.0), 130);  // off by default
    s.adjustThresholdForKvp = true;
    QCOMPARE(s.thresholdFor(100.0), 147);
    QCOMPARE(s.thresholdFor(120.0), 130);
    QCOMPARE(s.thresholdFor(110.0), 139);  // 138.5 rounds up
    QCOMPARE(s.thresholdFor(80.0), 164);   // extrapolated
    QCOMPARE(s.thresholdFor(std::nullopt), 130);
  }
};

QTEST_GUILESS_MAIN(QuantSettingsTest)
#include "QuantSettingsTest.moc"
