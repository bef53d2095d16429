// Compressed pixel data decoded in child processes: the same voxels as decoding here, and a file
// on which the codec crashes or refuses fails with its name while the program goes on.
#include "core/dicom/DicomHeaderReader.h"
#include "core/dicom/IsolatedPixelDecoding.h"
#include "core/util/Error.h"
#include "tests/support/SyntheticDicom.h"

#include <QTest>
#include <csignal>
#include <cstdlib>
#include <map>
#include <thread>

using namespace heaorta;
using namespace heaorta::test;

class IsolatedPixelDecodingTest : public QObject {
  Q_OBJECT

  // The shared JPEG 2000 series, one job per file, each decoding into its own slice of `pixels`.
  struct Series {
    std::vector<DicomFrameHeader> frames;
    std::map<std::filesystem::path, std::vector<DicomPixelDecoder::Target>> jobsByFile;
    std::vector<int16_t> pixels;
    std::vector<const IsolatedPixelDecoding::Job*> jobs;
  };
  static std::unique_ptr<Series> jpeg2000() {
    auto s = std::make_unique<Series>();
    for (const auto& entry : std::filesystem::directory_iterator(sharedData("dicom-jpeg2000")))
      for (const DicomFrameHeader& h : DicomHeaderReader::read(entry.path())) s->frames.push_back(h);
    std::sort(s->frames.begin(), s->frames.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
    const std::size_t slice = static_cast<std::size_t>(s->frames.front().rows) * s->frames.front().columns;
    s->pixels.assign(slice * s->frames.size(), 0);
    for (std::size_t k = 0; k < s->frames.size(); ++k) s->jobsByFile[s->frames[k].file].push_back({&s->frames[k], s->pixels.data() + k * slice});
    for (const auto& job : s->jobsByFile) s->jobs.push_back(&job);
    return s;
  }

 private Q_SLOTS:
  void theSameVoxelsAsDecodingHere() {
    const auto isolated = jpeg2000();
    QVERIFY(IsolatedPixelDecoding::needsCodec(isolated->frames.front()));
    int done = 0;
    IsolatedPixelDecoding::decode(isolated->jobs, 2, [&] { ++done; });
    QCOMPARE(done, static_cast<int>(isolated->jobs.size()));
    const auto here = jpeg2000();
    for (const auto* job : here->jobs) DicomPixelDecoder::decode(job->first, job->second);
    QVERIFY(isolated->pixels == here->pixels);
    QVERIFY(std::any_of(here->pixels.begin(), here->pixels.end(), [](int16_t v) { return v > 0; }));
  }

  void aCodecThatCrashesOrRefusesFailsTheLoadWithTheFileNamed_data() {
    QTest::addColumn<QString>("how");
    QTest::newRow("abort") << QStringLiteral("abort");
    QTest::newRow("segfault") << QStringLiteral("segfault");
    QTest::newRow("refuses") << QStringLiteral("refuses");
  }
  void aCodecThatCrashesOrRefusesFailsTheLoadWithTheFileNamed() {
    QFETCH(QString, how);
    const auto s = jpeg2000();
    const std::filesystem::path bad = s->jobs[s->jobs.size() / 2]->first;
    const auto decodeFile = [&](const std::filesystem::path& file, const std::vector<DicomPixelDecoder::Target>& targets) -> std::size_t {
      if (file == bad) {
        if (how == QLatin1String("abort")) std::abort();
        if (how == QLatin1String("segfault")) std::raise(SIGSEGV);
        throw HeaortaError(ErrorCode::InvalidInput, QStringLiteral("%1: refused").arg(QString::fromStdString(file.string())));
      }
      return DicomPixelDecoder::decode(file, targets);
    };
    try {
      IsolatedPixelDecoding::decode(s->jobs, 2, {}, decodeFile);
      QFAIL("the bad file was decoded");
    } catch (const HeaortaError& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY2(e.message().startsWith(QString::fromStdString(bad.string())), qPrintable(e.message()));
#if defined(__SANITIZE_ADDRESS__)
      // AddressSanitizer turns a child's SIGSEGV into a report and an exit: still the file is named.
      const bool signalled = how == QLatin1String("abort");
#else
      const bool signalled = how != QLatin1String("refuses");
#endif
      if (signalled) QVERIFY2(e.message().contains(QLatin1String("signal")), qPrintable(e.message()));
    }
    // And this process goes on decoding.
    const auto again = jpeg2000();
    IsolatedPixelDecoding::decode(again->jobs, 2, {});
    QVERIFY(std::any_of(again->pixels.begin(), again->pixels.end(), [](int16_t v) { return v > 0; }));
  }
};

QTEST_GUILESS_MAIN(IsolatedPixelDecodingTest)
#include "IsolatedPixelDecodingTest.moc"
