#include "core/quant/MesaPercentile.h"

#include <QTest>

using namespace heaorta;

// Against McClelland et al., Circulation 2006, Table 2 (Chinese-American participants).
class MesaPercentileTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void thresholdsAtTheMidpointsAreThePublishedValues() {
    using S = MesaPercentile::Sex;
    QCOMPARE(MesaPercentile::thresholds(S::Female, 50), (std::array<double, 4>{0, 0, 0, 12}));
    QCOMPARE(MesaPercentile::thresholds(S::Female, 60), (std::array<double, 4>{0, 0, 18, 105}));
    QCOMPARE(MesaPercentile::thresholds(S::Female, 70), (std::array<double, 4>{0, 5, 70, 246}));
    QCOMPARE(MesaPercentile::thresholds(S::Female, 80), (std::array<double, 4>{0, 32, 146, 398}));
    QCOMPARE(MesaPercentile::thresholds(S::Male, 50), (std::array<double, 4>{0, 0, 14, 89}));
    QCOMPARE(MesaPercentile::thresholds(S::Male, 60), (std::array<double, 4>{0, 5, 67, 242}));
    QCOMPARE(MesaPercentile::thresholds(S::Male, 70), (std::array<double, 4>{0, 34, 174, 487}));
    QCOMPARE(MesaPercentile::thresholds(S::Male, 80), (std::array<double, 4>{11, 81, 305, 769}));
  }

  void betweenMidpointsTheThresholdsAreInterpolatedLinearly() {
    using S = MesaPercentile::Sex;
    QCOMPARE(MesaPercentile::thresholds(S::Male, 65), (std::array<double, 4>{0, 19.5, 120.5, 364.5}));
    QCOMPARE(MesaPercentile::thresholds(S::Female, 77), (std::array<double, 4>{0, 5 + 0.7 * 27, 70 + 0.7 * 76, 246 + 0.7 * 152}));
    // The bands' ends take the nearest midpoint.
    QCOMPARE(MesaPercentile::thresholds(S::Male, 45), MesaPercentile::thresholds(S::Male, 50));
    QCOMPARE(MesaPercentile::thresholds(S::Male, 84), MesaPercentile::thresholds(S::Male, 80));
  }

  void scoresFallInTheirBand_data() {
    QTest::addColumn<double>("cac");
    QTest::addColumn<int>("age");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<int>("lower");
    QTest::addColumn<int>("upper");
    QTest::newRow("F70 100: p75 70 < 100 <= p90 246") << 100.0 << 70 << "F" << 75 << 90;
    QTest::newRow("F70 246 is the 90th") << 246.0 << 70 << "F" << 75 << 90;
    QTest::newRow("F70 247 above the 90th") << 247.0 << 70 << "F" << 90 << 100;
    QTest::newRow("F70 5: p25 0 < 5 <= p50 5") << 5.0 << 70 << "F" << 25 << 50;
    QTest::newRow("F70 0: a quarter have none") << 0.0 << 70 << "F" << 0 << 25;
    QTest::newRow("F50 0: three quarters have none") << 0.0 << 50 << "F" << 0 << 75;
    QTest::newRow("M80 0: below the 25th (p25 11)") << 0.0 << 80 << "M" << 0 << 25;
    QTest::newRow("M80 10") << 10.0 << 80 << "M" << 0 << 25;
    QTest::newRow("M80 400") << 400.0 << 80 << "M" << 75 << 90;
    QTest::newRow("M65 364 below interpolated p90 364.5") << 364.0 << 65 << "M" << 75 << 90;
    QTest::newRow("M65 365 above it") << 365.0 << 65 << "M" << 90 << 100;
    QTest::newRow("M60 1") << 1.0 << 60 << "M" << 25 << 50;
  }

  void scoresFallInTheirBand() {
    QFETCH(double, cac);
    QFETCH(int, age);
    QFETCH(QString, sex);
    QFETCH(int, lower);
    QFETCH(int, upper);
    const MesaPercentile m = MesaPercentile::place(cac, age, sex.toStdString());
    QVERIFY(m.applicable());
    QCOMPARE(m.lowerPercentile(), lower);
    QCOMPARE(m.upperPercentile(), upper);
  }

  void outsideTheStudyItDoesNotApply() {
    QCOMPARE(MesaPercentile::place(10, 44, "M").status(), MesaPercentile::Status::AgeOutOfRange);
    QCOMPARE(MesaPercentile::place(10, 85, "F").status(), MesaPercentile::Status::AgeOutOfRange);
    QVERIFY(MesaPercentile::place(10, 45, "F").applicable());
    QVERIFY(MesaPercentile::place(10, 84, "M").applicable());
    QCOMPARE(MesaPercentile::place(10, std::nullopt, "M").status(), MesaPercentile::Status::AgeUnknown);
    QCOMPARE(MesaPercentile::place(10, 60, "O").status(), MesaPercentile::Status::SexUnknown);
    QCOMPARE(MesaPercentile::place(10, 60, "").status(), MesaPercentile::Status::SexUnknown);
    QCOMPARE(MesaPercentile::place(std::nullopt, 60, "M").status(), MesaPercentile::Status::NoScore);
    QVERIFY(MesaPercentile::place(10, 90, "M").describe().contains(QStringLiteral("not applicable")));
  }

  void theDescriptionNamesTheBandAndTheGroup() {
    QCOMPARE(MesaPercentile::place(100, 70, "F").describe(),
             QStringLiteral("between the 75th and 90th percentile of Chinese-American women aged 70 (MESA; approximate, "
                            "interpolated by age)"));
    QVERIFY(MesaPercentile::place(0, 50, "M").describe().startsWith(QStringLiteral("at or below the 50th percentile (no calcium)")));
    QVERIFY(MesaPercentile::place(900, 60, "M").describe().startsWith(QStringLiteral("above the 90th percentile of Chinese-American men")));
  }
};

QTEST_APPLESS_MAIN(MesaPercentileTest)
#include "MesaPercentileTest.moc"
