#include "core/quant/RiskAssessment.h"

#include <QTest>

using namespace heaorta;

Q_DECLARE_METATYPE(heaorta::RiskTier)

class RiskAssessmentTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void tiersFollowTheTable_data() {
    QTest::addColumn<double>("agatston");
    QTest::addColumn<RiskTier>("tier");
    QTest::addColumn<QString>("cacDrs");
    QTest::newRow("0") << 0.0 << RiskTier::Low << QStringLiteral("A0");
    QTest::newRow("0.5") << 0.5 << RiskTier::Borderline << QStringLiteral("A1/N1");
    QTest::newRow("99.9") << 99.9 << RiskTier::Borderline << QStringLiteral("A1/N1");
    QTest::newRow("100") << 100.0 << RiskTier::Intermediate << QStringLiteral("A2/N1");
    QTest::newRow("299.9") << 299.9 << RiskTier::Intermediate << QStringLiteral("A2/N1");
    QTest::newRow("300") << 300.0 << RiskTier::Intermediate << QStringLiteral("A3/N1");
    QTest::newRow("399.9") << 399.9 << RiskTier::Intermediate << QStringLiteral("A3/N1");
    QTest::newRow("400") << 400.0 << RiskTier::High << QStringLiteral("A3/N1");
    QTest::newRow("999.9") << 999.9 << RiskTier::High << QStringLiteral("A3/N1");
    QTest::newRow("1000") << 1000.0 << RiskTier::VeryHigh << QStringLiteral("A3/N1");
  }

  void tiersFollowTheTable() {
    QFETCH(double, agatston);
    QFETCH(RiskTier, tier);
    QFETCH(QString, cacDrs);
    const RiskAssessment r = RiskAssessment::assess(agatston, agatston > 0 ? 1 : 0);
    QCOMPARE(r.tier, tier);
    QCOMPARE(r.cacDrs, cacDrs);
  }

  void vesselCountIsOmittedWhenNoneIsAssigned() {
    QCOMPARE(RiskAssessment::assess(150, 0).cacDrs, QStringLiteral("A2"));
    QCOMPARE(RiskAssessment::assess(150, 4).cacDrs, QStringLiteral("A2/N4"));
  }

  void everyTierHasItsRateAndAdvice() {
    for (RiskTier t : {RiskTier::Low, RiskTier::Borderline, RiskTier::Intermediate, RiskTier::High, RiskTier::VeryHigh}) {
      QVERIFY(!RiskAssessment::name(t).isEmpty());
      QVERIFY(!RiskAssessment::yearlyEventRate(t).isEmpty());
      QVERIFY(!RiskAssessment::advice(t).isEmpty());
    }
    QCOMPARE(RiskAssessment::yearlyEventRate(RiskTier::Low), QStringLiteral("< 0.5 % per year"));
  }
};

QTEST_GUILESS_MAIN(RiskAssessmentTest)
#include "RiskAssessmentTest.moc"
