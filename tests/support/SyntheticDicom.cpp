#include "tests/support/SyntheticDicom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <gdcmAttribute.h>
#include <gdcmImageChangeTransferSyntax.h>
#include <gdcmImageWriter.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmWriter.h>
#include <numeric>
#include <random>
#include <sstream>

namespace heaorta::test {
namespace {

std::string decimals(const std::vector<double>& values) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s.precision(10);
  for (std::size_t i = 0; i < values.size(); ++i) s << (i ? "\\" : "") << values[i];
  return s.str();
}

gdcm::DataElement textElement(const gdcm::Tag& tag, const gdcm::VR& vr, std::string value) {
  if (value.size() % 2) value += (vr == gdcm::VR::UI ? '\0' : ' ');
  gdcm::DataElement de(tag);
  de.SetVR(vr);
  de.SetByteValue(value.data(), static_cast<uint32_t>(value.size()));
  return de;
}

gdcm::DataElement us(const gdcm::Tag& tag, uint16_t value) {
  gdcm::DataElement de(tag);
  de.SetVR(gdcm::VR::US);
  de.SetByteValue(reinterpret_cast<const char*>(&value), 2);
  return de;
}

gdcm::DataElement sequence(const gdcm::Tag& tag, const std::vector<gdcm::DataSet>& items) {
  gdcm::SmartPointer<gdcm::SequenceOfItems> sq = new gdcm::SequenceOfItems;
  sq->SetLengthToUndefined();
  for (const auto& ds : items) {
    gdcm::Item item;
    item.SetVLToUndefined();
    item.SetNestedDataSet(ds);
    sq->AddItem(item);
  }
  gdcm::DataElement de(tag);
  de.SetVR(gdcm::VR::SQ);
  de.SetValue(*sq);
  de.SetVLToUndefined();
  return de;
}

void insertIdentity(gdcm::DataSet& ds, const SyntheticSeries& s) {
  ds.Replace(textElement({0x0008, 0x0060}, gdcm::VR::CS, s.modality));
  ds.Replace(textElement({0x0008, 0x0008}, gdcm::VR::CS, s.imageType));
  // One acquisition: fixed dates and times (GDCM would stamp each file with the current time).
  for (const uint16_t element : {0x0012, 0x0020, 0x0021, 0x0022, 0x0023}) ds.Replace(textElement({0x0008, element}, gdcm::VR::DA, "20240102"));
  for (const uint16_t element : {0x0013, 0x0030, 0x0031, 0x0032, 0x0033}) ds.Replace(textElement({0x0008, element}, gdcm::VR::TM, "101500"));
  ds.Replace(textElement({0x0008, 0x0070}, gdcm::VR::LO, "HEAORTA TEST"));
  ds.Replace(textElement({0x0008, 0x103e}, gdcm::VR::LO, "synthetic"));
  ds.Replace(textElement({0x0010, 0x0010}, gdcm::VR::PN, s.patientName));
  ds.Replace(textElement({0x0010, 0x0020}, gdcm::VR::LO, s.patientId));
  ds.Replace(textElement({0x0010, 0x0040}, gdcm::VR::CS, "F"));
  ds.Replace(textElement({0x0010, 0x1010}, gdcm::VR::AS, "061Y"));
  ds.Replace(textElement({0x0018, 0x0060}, gdcm::VR::DS, decimals({s.kvp})));
  ds.Replace(textElement({0x0018, 0x0050}, gdcm::VR::DS, decimals({s.sliceThickness})));
  ds.Replace(textElement({0x0018, 0x1210}, gdcm::VR::SH, "STANDARD"));
  if (!s.contrastAgent.empty()) ds.Replace(textElement({0x0018, 0x0010}, gdcm::VR::LO, s.contrastAgent));
  ds.Replace(textElement({0x0020, 0x000d}, gdcm::VR::UI, s.studyUid));
  ds.Replace(textElement({0x0020, 0x000e}, gdcm::VR::UI, s.seriesUid));
  ds.Replace(textElement({0x0020, 0x0011}, gdcm::VR::IS, "2"));
  ds.Replace(textElement({0x0020, 0x0052}, gdcm::VR::UI, s.studyUid + ".9"));
}

std::vector<uint16_t> slicePixels(const SyntheticSeries& s, int k) {
  std::vector<uint16_t> pixels(static_cast<std::size_t>(s.columns) * s.rows);
  for (int j = 0; j < s.rows; ++j)
    for (int i = 0; i < s.columns; ++i) pixels[static_cast<std::size_t>(j) * s.columns + i] = s.storedValue(s.hu(i, j, k));
  return pixels;
}

}  // namespace

void SyntheticSeries::stackAlongNormal(int count, double spacing, const Eigen::Vector3d& origin) {
  positions.clear();
  for (int k = 0; k < count; ++k) positions.push_back(origin + k * spacing * normal());
}

uint16_t SyntheticSeries::storedValue(double huValue) const {
  const long stored = std::lround((huValue - rescaleIntercept) / rescaleSlope);
  const long mask = (1L << bitsStored) - 1;
  const auto raw = static_cast<uint16_t>(stored & mask);  // two's complement within Bits Stored
  return static_cast<uint16_t>(raw | (garbageHighBits & ~mask & 0xffff));
}

void SyntheticDicom::writeSlice(const std::filesystem::path& file, const SyntheticSeries& s, int k, int instanceNumber,
                                const std::string& sopInstanceUid) {
  gdcm::SmartPointer<gdcm::Image> image = new gdcm::Image;
  image->SetNumberOfDimensions(2);
  image->SetDimension(0, static_cast<unsigned>(s.columns));
  image->SetDimension(1, static_cast<unsigned>(s.rows));
  gdcm::PixelFormat format(gdcm::PixelFormat::UINT16);
  format.SetBitsStored(static_cast<unsigned short>(s.bitsStored));
  format.SetHighBit(static_cast<unsigned short>(s.bitsStored - 1));
  format.SetPixelRepresentation(s.signedPixels ? 1 : 0);
  image->SetPixelFormat(format);
  image->SetPhotometricInterpretation(gdcm::PhotometricInterpretation::MONOCHROME2);
  const Eigen::Vector3d& p = s.positions[static_cast<std::size_t>(k)];
  const double origin[3] = {p[0], p[1], p[2]};
  image->SetOrigin(origin);
  const double cosines[6] = {s.rowDirection[0],    s.rowDirection[1],    s.rowDirection[2],
                             s.columnDirection[0], s.columnDirection[1], s.columnDirection[2]};
  image->SetDirectionCosines(cosines);
  image->SetSpacing(0, s.spacingX);
  image->SetSpacing(1, s.spacingY);
  image->SetIntercept(s.rescaleIntercept);
  image->SetSlope(s.rescaleSlope);
  const std::vector<uint16_t> pixels = slicePixels(s, k);
  gdcm::DataElement pixelData(gdcm::Tag(0x7fe0, 0x0010));
  pixelData.SetByteValue(reinterpret_cast<const char*>(pixels.data()), static_cast<uint32_t>(pixels.size() * 2));
  image->SetDataElement(pixelData);
  image->SetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);

  gdcm::ImageWriter writer;
  const gdcm::TransferSyntax wanted = gdcm::TransferSyntax::GetTSType(s.transferSyntax.c_str());
  if (wanted != gdcm::TransferSyntax::ExplicitVRLittleEndian) {
    gdcm::ImageChangeTransferSyntax change;
    change.SetTransferSyntax(wanted);
    change.SetInput(*image);
    if (!change.Change()) QFAIL("GDCM could not compress the synthetic slice");
    writer.SetImage(change.GetOutput());
  } else {
    writer.SetImage(*image);
  }
  gdcm::DataSet& ds = writer.GetFile().GetDataSet();
  insertIdentity(ds, s);
  ds.Replace(textElement({0x0008, 0x0016}, gdcm::VR::UI, s.sopClassUid));
  ds.Replace(textElement({0x0008, 0x0018}, gdcm::VR::UI, sopInstanceUid));
  ds.Replace(textElement({0x0020, 0x0013}, gdcm::VR::IS, std::to_string(instanceNumber)));
  writer.SetFileName(file.string().c_str());
  if (!writer.Write()) QFAIL(qPrintable(QStringLiteral("cannot write %1").arg(QString::fromStdString(file.string()))));
  // GDCM's ImageWriter writes z = 0 into Image Position (Patient) of 2-D images: set it again.
  gdcm::Reader reader;
  reader.SetFileName(file.string().c_str());
  if (!reader.Read()) QFAIL("cannot re-read the synthetic slice");
  reader.GetFile().GetDataSet().Replace(textElement({0x0020, 0x0032}, gdcm::VR::DS, decimals({p[0], p[1], p[2]})));
  gdcm::Writer fix;
  fix.SetFile(reader.GetFile());
  fix.SetFileName(file.string().c_str());
  if (!fix.Write()) QFAIL("cannot rewrite the synthetic slice");
}

std::vector<std::filesystem::path> SyntheticDicom::writeSeries(const std::filesystem::path& folder, const SyntheticSeries& series,
                                                               bool shuffleNames) {
  std::filesystem::create_directories(folder);
  const int n = static_cast<int>(series.positions.size());
  std::vector<int> names(static_cast<std::size_t>(n));
  std::iota(names.begin(), names.end(), 1);
  if (shuffleNames) std::shuffle(names.begin(), names.end(), std::mt19937(42));
  std::vector<std::filesystem::path> files;
  for (int k = 0; k < n; ++k) {
    const auto file = folder / ("IM" + std::to_string(names[static_cast<std::size_t>(k)]) + ".dcm");
    writeSlice(file, series, k, names[static_cast<std::size_t>(k)], series.seriesUid + "." + std::to_string(k + 1));
    files.push_back(file);
  }
  return files;
}

void SyntheticDicom::writeEnhancedCt(const std::filesystem::path& file, const SyntheticSeries& s, const std::vector<int>& frameOrder) {
  gdcm::Writer writer;
  gdcm::DataSet& ds = writer.GetFile().GetDataSet();
  insertIdentity(ds, s);
  ds.Replace(textElement({0x0008, 0x0016}, gdcm::VR::UI, "1.2.840.10008.5.1.4.1.1.2.1"));
  ds.Replace(textElement({0x0008, 0x0018}, gdcm::VR::UI, s.seriesUid + ".100"));
  ds.Replace(textElement({0x0020, 0x0013}, gdcm::VR::IS, "1"));
  ds.Replace(textElement({0x0028, 0x0004}, gdcm::VR::CS, "MONOCHROME2"));
  ds.Replace(textElement({0x0028, 0x0008}, gdcm::VR::IS, std::to_string(frameOrder.size())));
  ds.Replace(us({0x0028, 0x0002}, 1));
  ds.Replace(us({0x0028, 0x0010}, static_cast<uint16_t>(s.rows)));
  ds.Replace(us({0x0028, 0x0011}, static_cast<uint16_t>(s.columns)));
  ds.Replace(us({0x0028, 0x0100}, 16));
  ds.Replace(us({0x0028, 0x0101}, static_cast<uint16_t>(s.bitsStored)));
  ds.Replace(us({0x0028, 0x0102}, static_cast<uint16_t>(s.bitsStored - 1)));
  ds.Replace(us({0x0028, 0x0103}, s.signedPixels ? 1 : 0));

  gdcm::DataSet measures, orientation, rescale, shared;
  measures.Replace(textElement({0x0028, 0x0030}, gdcm::VR::DS, decimals({s.spacingY, s.spacingX})));
  measures.Replace(textElement({0x0018, 0x0050}, gdcm::VR::DS, decimals({s.sliceThickness})));
  orientation.Replace(textElement(
      {0x0020, 0x0037}, gdcm::VR::DS,
      decimals({s.rowDirection[0], s.rowDirection[1], s.rowDirection[2], s.columnDirection[0], s.columnDirection[1], s.columnDirection[2]})));
  rescale.Replace(textElement({0x0028, 0x1052}, gdcm::VR::DS, decimals({s.rescaleIntercept})));
  rescale.Replace(textElement({0x0028, 0x1053}, gdcm::VR::DS, decimals({s.rescaleSlope})));
  rescale.Replace(textElement({0x0028, 0x1054}, gdcm::VR::LO, "HU"));
  shared.Replace(sequence({0x0028, 0x9110}, {measures}));
  shared.Replace(sequence({0x0020, 0x9116}, {orientation}));
  shared.Replace(sequence({0x0028, 0x9145}, {rescale}));
  ds.Replace(sequence({0x5200, 0x9229}, {shared}));

  std::vector<gdcm::DataSet> perFrame;
  std::vector<uint16_t> pixels;
  for (int k : frameOrder) {
    gdcm::DataSet position, frame;
    const Eigen::Vector3d& p = s.positions[static_cast<std::size_t>(k)];
    position.Replace(textElement({0x0020, 0x0032}, gdcm::VR::DS, decimals({p[0], p[1], p[2]})));
    frame.Replace(sequence({0x0020, 0x9113}, {position}));
    perFrame.push_back(frame);
    const auto slice = slicePixels(s, k);
    pixels.insert(pixels.end(), slice.begin(), slice.end());
  }
  ds.Replace(sequence({0x5200, 0x9230}, perFrame));
  gdcm::DataElement pixelData(gdcm::Tag(0x7fe0, 0x0010));
  pixelData.SetVR(gdcm::VR::OW);
  pixelData.SetByteValue(reinterpret_cast<const char*>(pixels.data()), static_cast<uint32_t>(pixels.size() * 2));
  ds.Replace(pixelData);

  gdcm::FileMetaInformation& meta = writer.GetFile().GetHeader();
  meta.SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
  writer.SetCheckFileMetaInformation(true);
  writer.SetFileName(file.string().c_str());
  if (!writer.Write()) QFAIL("cannot write the enhanced CT file");
}

namespace {
void writeNonCt(const std::filesystem::path& file, const SyntheticSeries& s, const std::string& sopClass, const std::string& modality,
                bool withImage) {
  gdcm::Writer writer;
  gdcm::DataSet& ds = writer.GetFile().GetDataSet();
  SyntheticSeries other = s;
  other.modality = modality;
  other.seriesUid = s.seriesUid + ".77";
  insertIdentity(ds, other);
  ds.Replace(textElement({0x0008, 0x0016}, gdcm::VR::UI, sopClass));
  ds.Replace(textElement({0x0008, 0x0018}, gdcm::VR::UI, other.seriesUid + ".1"));
  if (withImage) {
    ds.Replace(textElement({0x0028, 0x0004}, gdcm::VR::CS, "MONOCHROME2"));
    ds.Replace(us({0x0028, 0x0002}, 1));
    ds.Replace(us({0x0028, 0x0010}, 4));
    ds.Replace(us({0x0028, 0x0011}, 4));
    ds.Replace(us({0x0028, 0x0100}, 8));
    ds.Replace(us({0x0028, 0x0101}, 8));
    ds.Replace(us({0x0028, 0x0102}, 7));
    ds.Replace(us({0x0028, 0x0103}, 0));
    const std::string pixels(16, '\x10');
    gdcm::DataElement pixelData(gdcm::Tag(0x7fe0, 0x0010));
    pixelData.SetVR(gdcm::VR::OB);
    pixelData.SetByteValue(pixels.data(), 16);
    ds.Replace(pixelData);
  } else {
    ds.Replace(textElement({0x0040, 0xa040}, gdcm::VR::CS, "CONTAINER"));
  }
  writer.GetFile().GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);
  writer.SetCheckFileMetaInformation(true);
  writer.SetFileName(file.string().c_str());
  if (!writer.Write()) QFAIL("cannot write a non-CT object");
}
}  // namespace

void SyntheticDicom::writeStructuredReport(const std::filesystem::path& file, const SyntheticSeries& series) {
  writeNonCt(file, series, "1.2.840.10008.5.1.4.1.1.88.11", "SR", false);
}

void SyntheticDicom::writeSecondaryCapture(const std::filesystem::path& file, const SyntheticSeries& series) {
  writeNonCt(file, series, "1.2.840.10008.5.1.4.1.1.7", "OT", true);
}

std::filesystem::path sharedData(const std::string& relative) {
  const QByteArray root = qgetenv("HEAORTA_SHARED_DATA");
  const std::filesystem::path path = std::filesystem::path(root.isEmpty() ? "../shared/data" : root.toStdString()) / relative;
  if (!std::filesystem::exists(path)) qFatal("The shared test data is missing: %s (set HEAORTA_SHARED_DATA to the shared/data folder)", path.c_str());
  return path;
}

std::filesystem::path sourceDir() { return qgetenv("HEAORTA_SOURCE_DIR").toStdString(); }
std::filesystem::path binaryDir() { return qgetenv("HEAORTA_BINARY_DIR").toStdString(); }

QString artefactPath(const QString& name) {
  const QString dir = QString::fromStdString((binaryDir() / "test-artefacts").string());
  QDir().mkpath(dir);
  return dir + QLatin1Char('/') + name;
}

int runTool(const QString& program, const QStringList& arguments, QString* output, int timeoutMs) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(program, arguments);
  if (!process.waitForFinished(timeoutMs)) return -1;
  if (output) *output = QString::fromLocal8Bit(process.readAll());
  return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString pdfText(const QString& pdf) {
  QString text;
  if (runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &text) != 0) return {};
  return text.normalized(QString::NormalizationForm_KC);
}

int keepPdfPages(const QString& pdf, const QString& stem) {
  const QString prefix = artefactPath(stem);
  if (runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-png"), pdf, prefix}) != 0) return 0;
  const QFileInfo where(prefix);
  return QDir(where.path()).entryList({where.fileName() + QStringLiteral("-*.png")}).size();
}

CliRun runCli(const QStringList& arguments, int timeoutMs) {
  QProcess p;
  p.start(QString::fromLocal8Bit(qgetenv("HEAORTA_CLI")), arguments);
  p.waitForFinished(timeoutMs);
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QByteArray convertedVoxels(const std::filesystem::path& study, const std::filesystem::path& niftiFile) {
  const QString out = QString::fromStdString(niftiFile.string());
  const CliRun r = runCli({QStringLiteral("convert"), QString::fromStdString(study.string()), QStringLiteral("-o"), out});
  if (r.exitCode != 0) return r.err;
  QFile f(out);
  f.open(QIODevice::ReadOnly);
  return f.readAll().mid(352);
}

}  // namespace heaorta::test
