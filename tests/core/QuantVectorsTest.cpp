// Reproduces every number of ../shared/data/quant-vectors (an independent implementation's
// results) with the settings written in each expected.json: from the library and from the CLI.
#include "core/io/VolumeFileIO.h"
#include "core/quant/QuantificationEngine.h"
#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace heaorta;
using namespace heaorta::test;

namespace {

QJsonObject readJson(const std::filesystem::path& file) {
  QFile f(QString::fromStdString(file.string()));
  f.open(QIODevice::ReadOnly);
  return QJsonDocument::fromJson(f.readAll()).object();
}

void compare(const QString& what, double actual, double expected) {
  QVERIFY2(std::abs(actual - expected) <= 1e-3, qPrintable(QStringLiteral("%1: %2, expected %3").arg(what).arg(actual).arg(expected)));
}

}  // namespace

class QuantVectorsTest : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void reproducesTheReference_data() {
    QTest::addColumn<QString>("caseName");
    for (const char* c : {"weights-and-areas", "thin-slices", "aorta-and-fat"}) QTest::newRow(c) << QString::fromLatin1(c);
  }

  void reproducesTheReference() {
    QFETCH(QString, caseName);
    const auto dir = sharedData("quant-vectors/" + caseName.toStdString());
    const QJsonObject reference = readJson(dir / "expected.json");
    const QJsonObject expected = reference[QStringLiteral("expected")].toObject();
    const Volume ct = VolumeFileIO::readVolume(dir / "ct.nii.gz");
    const LabelMap labels = VolumeFileIO::readLabelMap(dir / "labels.nii.gz");
    QuantificationEngine engine(ct, labels, nullptr, nullptr, QuantSettings::fromJson(reference[QStringLiteral("settings")].toObject()));
    engine.computeAll();
    const QuantResult r = engine.result();
    const char* keys[3] = {"coronary", "aorta_ascending", "aorta_descending"};
    for (int region = 0; region < 3; ++region) {
      const QJsonObject e = expected[QLatin1String(keys[region])].toObject();
      const CalciumTotals& t = r.regions[region];
      const QString name = QLatin1String(keys[region]);
      compare(name + QStringLiteral(" agatston"), t.agatston, e[QStringLiteral("agatston")].toDouble());
      compare(name + QStringLiteral(" volume"), t.volumeMm3, e[QStringLiteral("volume_mm3")].toDouble());
      compare(name + QStringLiteral(" mass"), t.massMg, e[QStringLiteral("mass_mg")].toDouble());
      QCOMPARE(t.sliceLesions, e[QStringLiteral("lesions")].toInt());
    }
    compare(QStringLiteral("fat"), r.fat.volumeMl, expected[QStringLiteral("pericardial_fat_ml")].toDouble());
  }

  void theCommandLineGivesTheSameNumbers_data() { reproducesTheReference_data(); }

  void theCommandLineGivesTheSameNumbers() {
    QFETCH(QString, caseName);
    const auto dir = sharedData("quant-vectors/" + caseName.toStdString());
    const QJsonObject expected = readJson(dir / "expected.json")[QStringLiteral("expected")].toObject();
    QProcess cli;
    cli.start(QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")),
              {QStringLiteral("score"), QString::fromStdString((dir / "ct.nii.gz").string()), QStringLiteral("--labels"),
               QString::fromStdString((dir / "labels.nii.gz").string()), QStringLiteral("--settings"),
               QString::fromStdString((dir / "expected.json").string()), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    // The vectors are phantoms, not chests: the segmentation check may fail them (exit code 10,
    // no verdict), and the numbers must be the reference's all the same.
    const bool valid = out[QStringLiteral("segmentation")][QStringLiteral("valid")].toBool();
    QCOMPARE(cli.exitCode(), valid ? 0 : 10);
    for (const char* region : {"coronary", "aorta_ascending", "aorta_descending"}) {
      const QJsonObject e = expected[QLatin1String(region)].toObject();
      const QJsonObject a = out[QLatin1String(region)].toObject();
      for (const char* field : {"agatston", "volume_mm3", "mass_mg", "lesions"})
        compare(QStringLiteral("%1 %2").arg(QLatin1String(region), QLatin1String(field)), a[QLatin1String(field)].toDouble(),
                e[QLatin1String(field)].toDouble());
    }
    compare(QStringLiteral("fat"), out[QStringLiteral("pericardial_fat_ml")].toDouble(), expected[QStringLiteral("pericardial_fat_ml")].toDouble());
    QCOMPARE(out[QStringLiteral("settings")].toObject()[QStringLiteral("threshold_hu")].toInt(), 130);
  }
};

QTEST_GUILESS_MAIN(QuantVectorsTest)
#include "QuantVectorsTest.moc"
