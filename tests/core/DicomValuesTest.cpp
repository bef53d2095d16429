#include "core/dicom/DicomValues.h"
#include "core/model/ScanMetadata.h"

#include <QTest>
#include <clocale>

using namespace heaorta;

class DicomValuesTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void decimalsIgnoreTheCLocale() {
    // A German locale writes 0,5: DICOM DS never does, and parsing must not depend on it.
    std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
    QCOMPARE(dicom::parseDecimals("-228.036842\\-93.0631599\\+1e2 "), (std::vector<double>{-228.036842, -93.0631599, 100.0}));
    std::setlocale(LC_NUMERIC, "C");
  }

  void malformedDecimalsAreRejected() {
    QVERIFY(!dicom::parseDecimal("abc"));
    QVERIFY(!dicom::parseDecimal(""));
    QVERIFY(dicom::parseDecimals("1\\x\\3").empty());
    QCOMPARE(*dicom::parseInteger(" 42 "), 42);
  }

  void multiValuedTermsMatchWholeValues() {
    QVERIFY(dicom::hasValue("ORIGINAL\\PRIMARY\\LOCALIZER", "LOCALIZER"));
    QVERIFY(!dicom::hasValue("ORIGINAL\\PRIMARY\\AXIAL", "LOCAL"));
  }

  void personNamesReadWithSpaces() {
    QCOMPARE(dicom::personNameForDisplay("Doe^John^^^ "), std::string("Doe John"));
    QCOMPARE(dicom::personNameForDisplay("Lung_Dx-A0001"), std::string("Lung_Dx-A0001"));
  }

  void latin1NamesBecomeUtf8() {
    QCOMPARE(dicom::toUtf8("M\xfcller^Hans", "ISO_IR 100"), std::string("M\xc3\xbcller^Hans"));
    QCOMPARE(dicom::toUtf8("\xe9\x99\xb3\xe5\xa4\xa7\xe6\x98\x8e", "ISO_IR 192"), std::string("\xe9\x99\xb3\xe5\xa4\xa7\xe6\x98\x8e"));
  }

  void ageComesFromTheAgeStringOrTheBirthDate() {
    ScanMetadata m;
    m.patientAge = "058Y";
    QCOMPARE(*m.patientAgeYears(), 58);
    m.patientAge.clear();
    m.patientBirthDate = "19600615";
    m.studyDate = "20240614";
    QCOMPARE(*m.patientAgeYears(), 63);
    m.studyDate = "20240615";
    QCOMPARE(*m.patientAgeYears(), 64);
    m.patientBirthDate = "unknown!";
    QVERIFY(!m.patientAgeYears());
  }

  void contrastAgentNoneIsNotContrast() {
    ScanMetadata m;
    QVERIFY(!m.contrastAgentRecorded());
    m.contrastAgent = "NONE";
    QVERIFY(!m.contrastAgentRecorded());
    m.contrastAgent = "APPLIED";
    QVERIFY(m.contrastAgentRecorded());
  }
};

QTEST_GUILESS_MAIN(DicomValuesTest)
#include "DicomValuesTest.moc"
