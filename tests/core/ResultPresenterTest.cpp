// One wording for every place a result is shown: the verdict is withheld whenever the score is not
// valid, and slices count from 1.
#include "core/quant/ResultPresenter.h"

#include <QLocale>
#include <QTest>

using namespace heaorta;

namespace {

QuantResult scored(double agatston, int vessels) {
  QuantResult r;
  r.regions[0].computed = true;
  r.regions[0].agatston = agatston;
  r.regions[0].lesions = 2;
  r.regions[0].sliceLesions = 5;
  r.arteries[static_cast<int>(Artery::LAD)].agatston = agatston;
  r.vesselsWithCalcium = vessels;
  r.risk = RiskAssessment::assess(agatston, vessels);
  return r;
}

}  // namespace

class ResultPresenterTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

  void aValidScoreGetsItsTierEventRateAndAdvice() {
    const QuantResult r = scored(150.0, 1);
    const ResultPresenter p(r);
    QVERIFY(p.verdictGiven());
    QCOMPARE(p.cacValue(), QStringLiteral("150.0"));
    QVERIFY2(p.verdict().startsWith(QStringLiteral("Intermediate risk (CAC 100-399)")), qPrintable(p.verdict()));
    QVERIFY(p.verdict().contains(QStringLiteral("cardiovascular events 0.75 to < 2 % per year")));
    QCOMPARE(p.advice(), RiskAssessment::advice(RiskTier::Intermediate));
    QCOMPARE(p.cacDrs(), QStringLiteral("A2/N1"));
    QVERIFY2(p.cacDetails().contains(QStringLiteral("2 calcified lesion")) && p.cacDetails().contains(QStringLiteral("(5 in-slice)")),
             qPrintable(p.cacDetails()));
    QCOMPARE(p.arteryValue(Artery::LAD), QStringLiteral("150.0"));
  }

  void contrastOrAFailedSegmentationWithholdsEveryPartOfTheVerdict() {
    for (const Notice& why : {Notice(QStringLiteral("contrast-detected"), QStringLiteral("contrast")),
                              Notice(QStringLiteral("heart-volume-implausible"), QStringLiteral("7 mL"), {}, Notice::Level::Failure)}) {
      QuantResult r = scored(849848.6, 4);
      r.notices.push_back(why);
      const ResultPresenter p(r);
      QVERIFY(!p.verdictGiven());
      QCOMPARE(p.cacValue(), QStringLiteral("849,848.6 (not valid)"));  // in the locale set above
      QVERIFY2(p.verdict().startsWith(QStringLiteral("No risk verdict")), qPrintable(p.verdict()));
      QVERIFY(!p.verdict().contains(QStringLiteral("Very high")));
      QVERIFY(p.eventRate().isEmpty());
      QVERIFY(p.advice().isEmpty());
      QVERIFY(p.cacDrs().isEmpty());
      QVERIFY(!p.cacDetails().contains(QStringLiteral("CAC-DRS")));
      QVERIFY(p.verdict().contains(why.failure() ? QStringLiteral("segmentation failed") : QStringLiteral("not valid")));
    }
  }

  void noHeartLabelMeansNoScoreAtAll() {
    const QuantResult r;
    const ResultPresenter p(r);
    QVERIFY(!p.verdictGiven());
    QCOMPARE(p.cacValue(), QStringLiteral("not computed"));
    QCOMPARE(p.arteryValue(Artery::LM), QStringLiteral("-"));
    QCOMPARE(p.aorticCalcium(), QStringLiteral("Ascending not computed · descending not computed · total not computed"));
    QCOMPARE(p.pericardialFat(), QStringLiteral("not computed"));
  }

  void slicesCountFromOneAsTheViewsDo() {
    QuantResult r = scored(10, 1);
    CalcifiedLesion lesion;
    lesion.id = 3;
    lesion.firstSlice = 0;
    lesion.lastSlice = 2;
    lesion.artery = Artery::RCA;
    lesion.agatston = 10;
    const ResultPresenter p(r);
    QCOMPARE(p.slices(lesion), QStringLiteral("1-3"));
    QCOMPARE(p.lesionDescription(lesion), QStringLiteral("Lesion 3: Coronary RCA, slices 1-3, Agatston 10.0"));
  }

  void theSettingsLineNamesTheActualSliceIncrement() {
    QuantResult r = scored(0, 0);
    r.sliceIncrementMm = 5.0;
    r.agatstonFactor = 5.0 / 3.0;
    const QString s = ResultPresenter(r).settings();
    QVERIFY2(s.contains(QStringLiteral("x slice increment 5.00 mm / 3.0 mm = 1.667")), qPrintable(s));
  }
};

QTEST_GUILESS_MAIN(ResultPresenterTest)
#include "ResultPresenterTest.moc"
