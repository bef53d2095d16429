// One case per kind of broken input a hospital meets, through the real `heaorta info`: the process
// never dies, the exit code says what kind of failure it is, and the user reads this exact message.
#include "tests/support/MalformedInput.h"
#include "tests/support/SyntheticDicom.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

using namespace heaorta::test;
namespace fs = std::filesystem;

class MalformedInputCatalogueTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;
  int folders_ = 0;

  fs::path newFolder() {
    const fs::path f = fs::path(tmp_.path().toStdString()) / ("case-" + std::to_string(++folders_));
    fs::create_directories(f);
    return f;
  }
  static SyntheticSeries series(int slices = 4) {
    SyntheticSeries s;
    s.stackAlongNormal(slices, 2.0);
    return s;
  }
  // `heaorta info <path>`; the message is stderr without the trailing newline.
  static CliRun info(const fs::path& path) { return runCli({QStringLiteral("info"), QString::fromStdString(path.string())}); }

  static void expectFailure(const CliRun& r, int exitCode, const QString& message) {
    QVERIFY2(r.exitCode != -1, "heaorta crashed");
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(
        err.contains(message),
        qPrintable(
            QStringLiteral("exit %1; expected \"%2\" in:\n%3\nstdout:\n%4").arg(r.exitCode).arg(message, err, QString::fromUtf8(r.out.left(600)))));
    QCOMPARE(r.exitCode, exitCode);
  }

  static MalformedInput::Nifti nifti(int version, std::vector<int64_t> dims, int datatype = 4, int intent = 0, std::string voxels = {}) {
    MalformedInput::Nifti n;
    n.version = version;
    n.dims = std::move(dims);
    n.datatype = datatype;
    n.intentCode = intent;
    n.voxels = std::move(voxels);
    return n;
  }
  static QString path(const fs::path& p) { return QString::fromStdString(p.string()); }
  QByteArray convertedVoxels(const fs::path& study) { return heaorta::test::convertedVoxels(study, newFolder() / "volume.nii"); }
  static std::string floats(const std::vector<float>& values) {
    return {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)};
  }

 private Q_SLOTS:
  void truncatedPixelData() {
    const auto files = SyntheticDicom::writeSeries(newFolder(), series());
    fs::resize_file(files[2], fs::file_size(files[2]) - 100);
    expectFailure(
        info(files[2].parent_path()), 3,
        QStringLiteral("error: %1: the pixel data is shorter than the image size (truncated file)").arg(QString::fromStdString(files[2].string())));
  }

  // Rows written with the VR of a decimal string (DS) instead of an unsigned short (US): the
  // dictionary's VR wins, as in other readers, and the voxels are those of the intact series.
  void wrongValueRepresentation() {
    const fs::path intact = newFolder(), patched = newFolder();
    SyntheticDicom::writeSeries(intact, series());
    const auto files = SyntheticDicom::writeSeries(patched, series());
    QVERIFY(MalformedInput::patch(files[1], MalformedInput::tagAndVr(0x0028, 0x0010, "US"), MalformedInput::tagAndVr(0x0028, 0x0010, "DS")));
    QCOMPARE(convertedVoxels(patched), convertedVoxels(intact));
  }

  void bigEndian() {
    SyntheticSeries s = series();
    s.transferSyntax = "1.2.840.10008.1.2.2";  // explicit VR big endian (retired, still on old CDs)
    const auto files = SyntheticDicom::writeSeries(newFolder(), s);
    SyntheticSeries little = series();
    const fs::path reference = newFolder();
    SyntheticDicom::writeSeries(reference, little);
    QCOMPARE(convertedVoxels(files[0].parent_path()), convertedVoxels(reference));
  }

  void missingTransferSyntax() {
    const auto files = SyntheticDicom::writeSeries(newFolder(), series());
    for (const auto& f : files)
      QVERIFY(MalformedInput::patch(f, MalformedInput::tagAndVr(0x0002, 0x0010, "UI"), MalformedInput::tagAndVr(0x0002, 0x0099, "UI")));
    expectFailure(info(files[0].parent_path()), 4,
                  QStringLiteral("no DICOM images found (4 files skipped; first: IM1.dcm: a DICOM file without the Transfer Syntax UID (0002,0010) "
                                 "in its meta header: it cannot be parsed)"));
  }

  void jpegStreamCutShort() {
    SyntheticSeries s = series();
    s.columns = s.rows = 128;  // a stream long enough that the cut lands inside it
    s.hu = [](int i, int j, int k) { return (i * 37 + j * 101 + k * 13) % 4000 - 1024; };
    s.transferSyntax = "1.2.840.10008.1.2.4.70";
    const fs::path intact = newFolder();
    SyntheticDicom::writeSeries(intact, s);
    const auto files = SyntheticDicom::writeSeries(newFolder(), s);
    fs::resize_file(files[1], fs::file_size(files[1]) - 60);
    QVERIFY(!convertedVoxels(intact).startsWith("error"));
    // Before the end-marker check, this file loaded with 53 wrong voxels and no message.
    expectFailure(info(files[1].parent_path()), 3,
                  QStringLiteral("error: %1: the compressed pixel data ends early (truncated file)").arg(QString::fromStdString(files[1].string())));
  }

  void dicomDirWithBadOffsets() {
    const fs::path cd = newFolder();
    SyntheticDicom::writeSeries(cd / "series", series());
    MalformedInput::writeFileWithALyingItem(cd / "DICOMDIR", "1.2.840.10008.1.3.10");
    const CliRun r = info(cd);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("skipped %1: malformed DICOM: ").arg(QString::fromStdString((cd / "DICOMDIR").string())).toUtf8()) &&
                 r.out.contains("4 images"),
             r.out.constData());
  }

  void fourDimensionalNifti() {
    const fs::path f = newFolder() / "fmri.nii";
    MalformedInput::writeNifti(f, nifti(1, {4, 4, 4, 3}));
    expectFailure(
        info(f), 3,
        QStringLiteral("error: %1: a 4-D image holding 3 volumes (a time series or vector image); a CT study is one 3-D volume").arg(path(f)));
  }

  void nifti2() {
    const fs::path f = newFolder() / "two.nii";
    MalformedInput::writeNifti(f, nifti(2, {4, 4, 4}));
    expectFailure(info(f), 3, QStringLiteral("error: %1: a NIfTI-2 file, which this version cannot read; save the volume as NIfTI-1").arg(path(f)));
  }

  void cifti() {
    const fs::path f = newFolder() / "brain.dtseries.nii";
    MalformedInput::writeNifti(f, nifti(2, {1, 1, 1, 1, 10, 20}, 16, 3002));
    expectFailure(info(f), 3, QStringLiteral("error: %1: a CIFTI file (brain surface and grayordinate data), not a CT volume").arg(path(f)));
  }

  void notANumberAndInfinity() {
    const fs::path f = newFolder() / "nan.nii";
    std::vector<float> v(64, 40.0f);
    v[3] = std::numeric_limits<float>::quiet_NaN();
    v[9] = std::numeric_limits<float>::infinity();
    v[10] = -std::numeric_limits<float>::infinity();
    MalformedInput::writeNifti(f, nifti(1, {4, 4, 4}, 16, 0, floats(v)));
    // ITK's reader would make them 0 HU, water, without a word.
    expectFailure(info(f), 3,
                  QStringLiteral("error: %1: 3 voxels are not numbers (NaN) or infinite; a CT volume holds finite Hounsfield units").arg(path(f)));
  }

  void zeroSizedDimension() {
    const fs::path f = newFolder() / "empty.nii";
    MalformedInput::writeNifti(f, nifti(1, {4, 0, 4}));
    expectFailure(info(f), 3, QStringLiteral("error: %1: dimension 2 has size 0: the image is empty").arg(path(f)));
  }

  void twoToTheThirtyOneVoxelsDeclared() {
    const fs::path f = newFolder() / "huge.nii";
    MalformedInput::writeNifti(f, nifti(1, {2048, 2048, 1024}, 4, 0, std::string(4096, '\0')));
    QElapsedTimer clock;
    clock.start();
    expectFailure(
        info(f), 3,
        QStringLiteral("error: %1: the header declares 4295 million voxels; at most 2147 million fit in memory as one CT volume").arg(path(f)));
    QVERIFY2(clock.elapsed() < 5000, "refused before anything was allocated");
  }

  void symlinkLoop() {
    const fs::path root = newFolder();
    SyntheticDicom::writeSeries(root / "series", series());
    fs::create_directory_symlink(root, root / "series" / "loop");
    fs::create_symlink(root / "a", root / "b");
    fs::create_symlink(root / "b", root / "a");
    const CliRun r = info(root);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("4 images"), r.out.constData());
  }

  // A FIFO named like a scan: opening it waits for a writer, and `heaorta info` never returned.
  void fifoNamedLikeAScan() {
    for (const char* name : {"scan.nrrd", "slice.dcm"}) {
      const fs::path f = newFolder() / name;
      QCOMPARE(::mkfifo(f.c_str(), 0600), 0);
      QElapsedTimer clock;
      clock.start();
      expectFailure(info(f), 3, QStringLiteral("error: %1: not a regular file (a pipe, socket or device): nothing is read from it").arg(path(f)));
      QVERIFY2(clock.elapsed() < 10000, name);
    }
  }

  void unreadableFile() {
    const fs::path folder = newFolder();
    const auto files = SyntheticDicom::writeSeries(folder, series(8));
    fs::permissions(files[3], fs::perms::none);
    // Root reads every file whatever its permissions: as root, run without the capabilities that
    // override them (the build tree stays reachable, wherever the clone is).
    QStringList command = {QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")), QStringLiteral("info"), QString::fromStdString(folder.string())};
    if (geteuid() == 0)
      command =
          QStringList{QStringLiteral("--bounding-set=-dac_override,-dac_read_search"), QStringLiteral("--inh-caps=-dac_override,-dac_read_search")} +
          command;
    QString out;
    const int code = geteuid() == 0 ? runTool(QStringLiteral("setpriv"), command, &out) : runTool(command.takeFirst(), command, &out);
    // Skipped with its reason, and the series it belonged to now has a hole: refused, not interpolated.
    QVERIFY2(
        out.contains(QStringLiteral("skipped %1: cannot be opened (permission denied or unreadable)").arg(QString::fromStdString(files[3].string()))),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("error: Slices are missing between ")) && out.contains(QStringLiteral("about 1 slice missing")),
             qPrintable(out));
    QCOMPARE(code, 3);
  }

  void zeroByteFile() {
    const fs::path f = newFolder() / "slice.dcm";
    std::ofstream(f).close();
    expectFailure(info(f), 4,
                  QStringLiteral("error: %1: no DICOM images found (1 file skipped; first: slice.dcm: empty file (0 bytes))").arg(path(f)));
  }

  // Rows x Columns larger than the Pixel Data element holds, the file itself intact: GDCM copied the
  // image size out of the shorter element and read past its end (heap bytes as voxels, in the
  // decoding child). Found by DicomSeriesFuzzer.
  void pixelDataShorterThanRowsTimesColumns() {
    const auto files = SyntheticDicom::writeSeries(newFolder(), series());
    const std::string columns16 = MalformedInput::tagAndVr(0x0028, 0x0011, "US") + std::string("\x02\x00\x10\x00", 4);
    const std::string columns65296 = MalformedInput::tagAndVr(0x0028, 0x0011, "US") + std::string("\x02\x00\x10\xff", 4);
    for (const auto& f : files) QVERIFY(MalformedInput::patch(f, columns16, columns65296));
    const CliRun r = info(files[0].parent_path());
    expectFailure(r, 3, QStringLiteral(": the pixel data is shorter than the image size (truncated file)"));
  }

  // A damaged element after the attributes the indexer's scanner reads (fuzzer-made from the demo's
  // first bytes): GDCM asserts while reading the whole header. Before the indexer's child read every
  // header as loading does, `heaorta info` on this file died of SIGABRT. Found by DicomSeriesFuzzer.
  void gdcmAbortAfterTheIdentifyingTags() {
    const fs::path f = newFolder() / "slice.dcm";
    fs::copy_file(sourceDir() / "tests/fuzz/corpus/DicomSeriesFuzzer/regression-gdcm-abort-after-scanned-tags.dcm", f);
    expectFailure(info(f), 4,
                  QStringLiteral("error: %1: no DICOM images found (1 file skipped; first: slice.dcm: unreadable: the DICOM parser failed on this "
                                 "file (signal 6 (Aborted)); the other files were read)")
                      .arg(path(f)));
  }

  // A MetaImage header line whose name is longer than 255 bytes: MetaIO copies it into a 255-byte
  // buffer (FORTIFY aborts). The header child takes the abort. Found by VolumeFileFuzzer.
  void metaImageFieldNameLongerThanItsBuffer() {
    const fs::path f = newFolder() / "scan.mha";
    std::ofstream(f, std::ios::binary) << "ObjectType = Image\nNDims = 3\n"
                                       << std::string(300, 'X') << " = 1\nDimSize = 2 2 2\nElementType = MET_SHORT\nElementDataFile = LOCAL\n"
                                       << std::string(16, '\0');
    expectFailure(info(f), 3, QStringLiteral("error: %1: the MetaImage header stopped its parser (signal 6 (Aborted))").arg(path(f)));
  }

  // A data file named by a pattern ("%...") that MetaIO cannot expand: it throws a standard-library
  // exception (std::length_error), not ITK's, which ended the command as an "internal error".
  // Found by VolumeFileFuzzer.
  void metaImageDataFilePatternItCannotExpand() {
    const fs::path f = newFolder() / "slices.mha";
    std::ofstream(f, std::ios::binary) << "ObjectType = Image\nNDims = 2\nBinaryData = True\nDimSize = 4 3\nElementType = MET_UCHAR\n"
                                       << std::string("ElementDataFile = %\0\0\x04L\n", 24) << std::string(12, '\x01');
    expectFailure(info(f), 3, QStringLiteral("error: %1: cannot be read as MetaImage (basic_string::_M_create)").arg(path(f)));
  }

  // NDims = 0 over a DimSize: ITK allocated one voxel, and MetaIO wrote the data into it and past it
  // (the heap corrupted; `heaorta info` aborted in glibc). Found by VolumeFileFuzzer in CI.
  void metaImageWithNoDimensions() {
    const fs::path f = newFolder() / "flat.mha";
    std::ofstream(f, std::ios::binary) << "ObjectType = Image\nNDims = 0\nBinaryData = True\nDimSize = 4 3 2\nElementType = MET_SHORT\n"
                                       << "ElementDataFile = LOCAL\n"
                                       << std::string(48, '\x01');
    expectFailure(info(f), 3, QStringLiteral("error: %1: the header declares no dimensions: it holds no image").arg(path(f)));
  }

  // MetaIO sizes its array reads by NDims: at -3 its parser spun until the header child was killed
  // (60 s with the retry, then "no answer for 30 s"). Found by VolumeFileFuzzer.
  void metaImageWithNegativeDimensions() {
    const fs::path f = newFolder() / "negative.mha";
    std::ofstream(f, std::ios::binary) << "ObjectType = Image\nNDims = -3\nDimSize = 4 4 4\nElementType = MET_SHORT\n"
                                       << "ElementDataFile = LOCAL\n"
                                       << std::string(128, '\0');
    QElapsedTimer clock;
    clock.start();
    expectFailure(info(f), 3,
                  QStringLiteral("error: %1: the MetaImage header declares \"-3\" dimensions (NDims); an image has 1 to 16").arg(path(f)));
    QVERIFY2(clock.elapsed() < 10000, "refused before MetaIO parses it");
  }

  void aHundredThousandFilesThatAreNotDicom() {
    const fs::path folder = newFolder();
    for (int i = 0; i < 100000; ++i) std::ofstream(folder / ("note-" + std::to_string(i) + ".txt")) << "not an image " << i;
    QElapsedTimer clock;
    clock.start();
    expectFailure(info(folder), 4,
                  QStringLiteral("error: %1: no DICOM images found (100000 files skipped; first: note-0.txt: not a DICOM file)").arg(path(folder)));
    qInfo("100,000 files: %lld ms", static_cast<long long>(clock.elapsed()));
  }
};

QTEST_GUILESS_MAIN(MalformedInputCatalogueTest)
#include "MalformedInputCatalogueTest.moc"
