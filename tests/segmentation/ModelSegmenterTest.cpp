// The model runtime end to end on phantoms, with tiny intensity-band models whose masks are known:
// resampling to the model's spacing and back, sliding windows with blending, post-processing.
#include "core/model/LabelComparison.h"
#include "core/util/Error.h"
#include "segmentation/model/ModelSegmenter.h"
#include "tests/support/Phantom.h"
#include "tests/support/SyntheticDicom.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>

using namespace heaorta;
using namespace heaorta::test;
namespace fs = std::filesystem;

namespace {

// Air, a heart block (45 HU), an ascending (115 HU) and a descending aorta tube (175 HU) joined by
// an arch at the top, on 0.8 mm pixels and 2.5 mm slices: several model windows in every direction.
Phantom chestPhantom(LabelMap& truth) {
  Phantom p({110, 100, 36}, {0.8, 0.8, 2.5}, -1000);
  truth = LabelMap(p.ct.geometry());
  for (int k = 0; k < 36; ++k)
    for (int j = 0; j < 100; ++j)
      for (int i = 0; i < 110; ++i) {
        const double x = i * 0.8, y = j * 0.8, z = k * 2.5;
        uint8_t label = Background;
        if (x > 20 && x < 70 && y > 15 && y < 55 && z > 5 && z < 45) label = Heart;
        if (std::hypot(x - 50, y - 25) < 9 && z >= 45 && z < 75) label = AscendingAorta;
        if (std::hypot(x - 50, y - 65) < 8 && z > 5 && z < 75) label = DescendingAorta;
        if (z >= 75 && z < 85 && x > 41 && x < 59 && y > 16 && y < 73) label = y < 45 ? AscendingAorta : DescendingAorta;
        truth.at(i, j, k) = label;
        p.ct.at(i, j, k) = label == Heart ? 45 : label == AscendingAorta ? 115 : label == DescendingAorta ? 175 : -1000;
      }
  return p;
}

double dice(const LabelMap& a, const LabelMap& b, uint8_t label) { return compareLabels(a, b, {label}, {label}).dice(); }

}  // namespace

class ModelSegmenterTest : public QObject {
  Q_OBJECT
  fs::path model(const char* name) const { return sourceDir() / "tests/data/models" / name; }

 private Q_SLOTS:
  void segmentsThePhantomThroughWindowsAndResampling() {
    LabelMap truth;
    const Phantom p = chestPhantom(truth);
    ModelSegmenter segmenter(model("intensity-bands.pt"), InferenceDevice::Cpu);
    NullProgress progress;
    const SegmentationResult r = segmenter.segment(p.ct, progress);
    QVERIFY(r.labels.geometry().sameGrid(p.ct.geometry()));
    for (uint8_t label : {Heart, AscendingAorta, DescendingAorta}) {
      const double d = dice(r.labels, truth, label);
      QVERIFY2(d > 0.93, qPrintable(QStringLiteral("label %1: Dice %2").arg(label).arg(d)));
    }
    QCOMPARE(r.segmenterKey, QStringLiteral("model"));
    QVERIFY(r.segmenter().contains(QLatin1String("test-intensity-bands")));
    QVERIFY(!r.contrastDetected);
  }

  void aSingleAortaChannelIsSplitIntoAscendingAndDescending() {
    LabelMap truth;
    const Phantom p = chestPhantom(truth);
    ModelSegmenter segmenter(model("single-aorta.pt"), InferenceDevice::Cpu);
    NullProgress progress;
    const SegmentationResult r = segmenter.segment(p.ct, progress);
    QVERIFY2(dice(r.labels, truth, AscendingAorta) > 0.85, qPrintable(QString::number(dice(r.labels, truth, AscendingAorta))));
    QVERIFY2(dice(r.labels, truth, DescendingAorta) > 0.85, qPrintable(QString::number(dice(r.labels, truth, DescendingAorta))));
    QCOMPARE(r.labels.count(ModelCard::kAorta), std::size_t(0));
  }

  void wrongModelsAreRefusedWithTheReason() {
    const auto reason = [](const fs::path& file) {
      try {
        ModelSegmenter segmenter(file, InferenceDevice::Cpu);
      } catch (const HeaortaError& e) {
        return e.code() == ErrorCode::ModelInvalid ? e.message() : QStringLiteral("unexpected code");
      }
      return QString();
    };
    QVERIFY(reason(model("wrong-channels.pt")).contains(QLatin1String("output channels")));
    QVERIFY(reason(model("wrong-checksum.pt")).contains(QLatin1String("SHA-256")));
    QTemporaryDir tmp;
    const fs::path orphan = tmp.filePath(QStringLiteral("orphan.pt")).toStdString();
    fs::copy_file(model("intensity-bands.pt"), orphan);
    QVERIFY(reason(orphan).contains(QLatin1String("card is missing")));
    // A card with the right checksum for a file that is not TorchScript.
    const fs::path fake = tmp.filePath(QStringLiteral("fake.pt")).toStdString();
    std::ofstream(fake) << "not a model";
    QFile card(QString::fromStdString(model("intensity-bands.json").string()));
    card.open(QIODevice::ReadOnly);
    QJsonObject json = QJsonDocument::fromJson(card.readAll()).object();
    QFile fakeFile(QString::fromStdString(fake.string()));
    fakeFile.open(QIODevice::ReadOnly);
    json[QStringLiteral("weights_sha256")] = QString::fromLatin1(QCryptographicHash::hash(fakeFile.readAll(), QCryptographicHash::Sha256).toHex());
    QFile fakeCard(tmp.filePath(QStringLiteral("fake.json")));
    fakeCard.open(QIODevice::WriteOnly);
    fakeCard.write(QJsonDocument(json).toJson());
    fakeCard.close();
    QVERIFY2(reason(fake).contains(QLatin1String("TorchScript")), qPrintable(reason(fake)));
  }

  void cudaOnACpuOnlyBuildIsAClearError() {
    if (TorchInference::cudaAvailable()) QSKIP("this build has CUDA");
    try {
      ModelSegmenter segmenter(model("intensity-bands.pt"), InferenceDevice::Cuda);
      QFAIL("CUDA is not available");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::Unsupported);
    }
  }

  void cancellationStopsInference() {
    LabelMap truth;
    const Phantom p = chestPhantom(truth);
    ModelSegmenter segmenter(model("intensity-bands.pt"), InferenceDevice::Cpu);
    CancellableProgress progress;
    progress.cancel();
    QVERIFY_THROWS_EXCEPTION(HeaortaError, segmenter.segment(p.ct, progress));
  }

  void theHeaortaNetArchitectureRunsInLibTorch() {
    // Scripted by Debian's python3-torch from segmentation/python, run by the C++ runtime.
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("heaortanet-small.pt"));
    QString log;
    const int rc = runTool(QStringLiteral("/usr/bin/python3"),  // Debian's, which has python3-torch
                           {QString::fromStdString((sourceDir() / "segmentation/python/export_model.py").string()), QStringLiteral("--out"), out,
                            QStringLiteral("--init-filters"), QStringLiteral("8"), QStringLiteral("--window"), QStringLiteral("32"),
                            QStringLiteral("32"), QStringLiteral("16")},
                           &log);
    QVERIFY2(rc == 0, qPrintable(log));
    ModelSegmenter segmenter(out.toStdString(), InferenceDevice::Cpu);
    QVERIFY(!segmenter.card().trained);
    LabelMap truth;
    Phantom p({32, 32, 16}, {1.5, 1.5, 2.0}, -1000);  // exactly one window: CPU conv3d is slow
    NullProgress progress;
    const SegmentationResult r = segmenter.segment(p.ct, progress);
    QVERIFY(r.labels.geometry().sameGrid(p.ct.geometry()));
    QVERIFY(std::any_of(r.notices.begin(), r.notices.end(), [](const Notice& n) { return n.code == QLatin1String("untrained-model"); }));
  }
};

QTEST_GUILESS_MAIN(ModelSegmenterTest)
#include "ModelSegmenterTest.moc"
