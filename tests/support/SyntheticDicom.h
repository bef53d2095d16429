#pragma once

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <QString>
#include <QStringList>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace heaorta::test {

// HU at voxel (i, j) of slice k, where k counts slices in spatial (sorted) order.
using HuFunction = std::function<double(int i, int j, int k)>;

// A CT series written by the tests themselves, so that every expected voxel is known.
struct SyntheticSeries {
  int columns = 16;
  int rows = 12;
  double spacingX = 0.7;  // between columns
  double spacingY = 0.8;  // between rows
  Eigen::Vector3d rowDirection = Eigen::Vector3d::UnitX();
  Eigen::Vector3d columnDirection = Eigen::Vector3d::UnitY();
  std::vector<Eigen::Vector3d> positions;  // Image Position (Patient) of each slice, spatial order
  double rescaleSlope = 1.0;
  double rescaleIntercept = -1024.0;
  bool signedPixels = false;
  int bitsStored = 16;
  unsigned garbageHighBits = 0;  // OR-ed into the bits above Bits Stored, to test masking
  std::string modality = "CT";
  std::string sopClassUid = "1.2.840.10008.5.1.4.1.1.2";
  std::string studyUid = "1.2.826.0.1.3680043.9.7433.1";
  std::string seriesUid = "1.2.826.0.1.3680043.9.7433.1.1";
  std::string patientName = "TEST^PATIENT";
  std::string patientId = "TEST001";
  std::string imageType = "ORIGINAL\\PRIMARY\\AXIAL";
  double kvp = 120.0;
  double sliceThickness = 2.0;
  std::string contrastAgent;
  std::string transferSyntax = "1.2.840.10008.1.2.1";  // explicit VR little endian
  HuFunction hu = [](int i, int j, int k) { return i + 100 * j + 1000 * k - 1000; };

  // Positions k * spacing along the normal of the row/column directions, from `origin`.
  void stackAlongNormal(int count, double spacing, const Eigen::Vector3d& origin = Eigen::Vector3d(-10, -20, -30));
  Eigen::Vector3d normal() const { return rowDirection.cross(columnDirection); }
  uint16_t storedValue(double hu) const;
};

class SyntheticDicom {
 public:
  // One file per slice. File names and instance numbers are shuffled (fixed seed) so that
  // only the geometry can give the right order. Returns the files in spatial order.
  static std::vector<std::filesystem::path> writeSeries(const std::filesystem::path& folder, const SyntheticSeries& series, bool shuffleNames = true);
  static void writeSlice(const std::filesystem::path& file, const SyntheticSeries& series, int k, int instanceNumber,
                         const std::string& sopInstanceUid);
  // One enhanced CT file whose frames are stored in `frameOrder` (indices into positions).
  static void writeEnhancedCt(const std::filesystem::path& file, const SyntheticSeries& series, const std::vector<int>& frameOrder);
  // A non-image object (Basic Text SR) and a secondary capture, for the indexer.
  static void writeStructuredReport(const std::filesystem::path& file, const SyntheticSeries& series);
  static void writeSecondaryCapture(const std::filesystem::path& file, const SyntheticSeries& series);
};

// Writes HEAORTA_SHARED_DATA-relative paths; fails the test when the shared data is missing.
std::filesystem::path sharedData(const std::string& relative);
std::filesystem::path sourceDir();
std::filesystem::path binaryDir();
// Where tests keep screenshots and montages for people to look at: build/test-artefacts/<name>.
QString artefactPath(const QString& name);
// Runs an external tool; returns its exit code (output captured into *output when given).
int runTool(const QString& program, const QStringList& arguments, QString* output = nullptr, int timeoutMs = 120000);

// A PDF's text as poppler's pdftotext reads it (layout kept), NFKC-normalised (CJK fonts map some
// glyphs back to Kangxi radicals); empty when it cannot be read.
QString pdfText(const QString& pdf);
// Renders every page of a PDF to build/test-artefacts/<stem>-<page>.png (pdftoppm); returns how many.
int keepPdfPages(const QString& pdf, const QString& stem);

// The real `heaorta` executable (HEAORTA_CLI), run as a script would; exit code -1 when it crashed.
struct CliRun {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
};
CliRun runCli(const QStringList& arguments, int timeoutMs = 180000);
// The voxels `heaorta convert <study> -o <niftiFile>` writes (the .nii's bytes after its 352-byte
// header), or the command's error output when it fails.
QByteArray convertedVoxels(const std::filesystem::path& study, const std::filesystem::path& niftiFile);

}  // namespace heaorta::test
