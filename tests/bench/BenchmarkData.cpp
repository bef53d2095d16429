#include "tests/bench/BenchmarkData.h"

#include "core/study/StudyLoader.h"

#include <gdcmAttribute.h>
#include <gdcmImageReader.h>
#include <gdcmImageWriter.h>
#include <gdcmReader.h>
#include <gdcmWriter.h>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace heaorta::bench {
namespace {

std::vector<fs::path> realSlices() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(sharedData() / "chest-ct-noncontrast")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

gdcm::DataElement text(const gdcm::Tag& tag, const gdcm::VR& vr, std::string value) {
  if (value.size() % 2) value += vr == gdcm::VR::UI ? '\0' : ' ';
  gdcm::DataElement de(tag);
  de.SetVR(vr);
  de.SetByteValue(value.data(), static_cast<uint32_t>(value.size()));
  return de;
}

std::string number(double v) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s << v;
  return s.str();
}

}  // namespace

fs::path sharedData() {
  const char* env = std::getenv("HEAORTA_SHARED_DATA");
  return env ? fs::path(env) : fs::path("../shared/data");
}

fs::path largeSeries(const fs::path& folder, int slices) {
  if (fs::exists(folder / "done")) return folder;
  fs::create_directories(folder);
  const auto sources = realSlices();
  for (int k = 0; k < slices; ++k) {
    gdcm::Reader reader;
    reader.SetFileName(sources[static_cast<std::size_t>(k) % sources.size()].string().c_str());
    if (!reader.Read()) throw std::runtime_error("cannot read the shared chest CT");
    gdcm::DataSet& ds = reader.GetFile().GetDataSet();
    ds.Replace(text({0x0020, 0x0032}, gdcm::VR::DS, "-228.036842\\-93.0631599\\" + number(-124.0 - 1.0 * k)));
    ds.Replace(text({0x0020, 0x0013}, gdcm::VR::IS, std::to_string(k + 1)));
    ds.Replace(text({0x0008, 0x0018}, gdcm::VR::UI, "1.2.826.0.1.3680043.9.7433.8." + std::to_string(k + 1)));
    ds.Replace(text({0x0020, 0x000e}, gdcm::VR::UI, "1.2.826.0.1.3680043.9.7433.8"));
    reader.GetFile().GetHeader().Replace(text({0x0002, 0x0003}, gdcm::VR::UI, "1.2.826.0.1.3680043.9.7433.8." + std::to_string(k + 1)));
    gdcm::Writer writer;
    writer.SetFile(reader.GetFile());
    writer.SetFileName((folder / ("CT" + std::to_string(100000 + k) + ".dcm")).string().c_str());
    if (!writer.Write()) throw std::runtime_error("cannot write the benchmark series");
  }
  std::ofstream(folder / "done") << "ok";
  return folder;
}

fs::path manyFiles(const fs::path& folder, int count) {
  if (fs::exists(folder / "done")) return folder;
  fs::create_directories(folder);
  gdcm::ImageReader reader;
  reader.SetFileName(realSlices().front().string().c_str());
  if (!reader.Read()) throw std::runtime_error("cannot read the shared chest CT");
  // Keep the real header, shrink the image: the indexer stops before the pixel data.
  gdcm::File& file = reader.GetFile();
  gdcm::DataSet& ds = file.GetDataSet();
  std::vector<char> pixels(128 * 128 * 2, 0);
  gdcm::DataElement pixelData(gdcm::Tag(0x7fe0, 0x0010));
  pixelData.SetVR(gdcm::VR::OW);
  pixelData.SetByteValue(pixels.data(), static_cast<uint32_t>(pixels.size()));
  ds.Replace(pixelData);
  gdcm::Attribute<0x0028, 0x0010> rows{128};
  gdcm::Attribute<0x0028, 0x0011> columns{128};
  ds.Replace(rows.GetAsDataElement());
  ds.Replace(columns.GetAsDataElement());
  for (int n = 0; n < count; ++n) {
    const int series = n % 40;
    const fs::path dir = folder / ("patient" + std::to_string(series / 4)) / ("series" + std::to_string(series));
    fs::create_directories(dir);
    ds.Replace(text({0x0020, 0x000e}, gdcm::VR::UI, "1.2.826.0.1.3680043.9.7433.9." + std::to_string(series)));
    ds.Replace(text({0x0008, 0x0018}, gdcm::VR::UI, "1.2.826.0.1.3680043.9.7433.9." + std::to_string(series) + "." + std::to_string(n)));
    ds.Replace(text({0x0010, 0x0020}, gdcm::VR::LO, "BENCH" + std::to_string(series / 4)));
    ds.Replace(text({0x0020, 0x0032}, gdcm::VR::DS, "0\\0\\" + number(n / 40)));
    gdcm::Writer writer;
    writer.SetFile(file);
    writer.SetFileName((dir / ("IM" + std::to_string(n) + ".dcm")).string().c_str());
    if (!writer.Write()) throw std::runtime_error("cannot write benchmark files");
  }
  std::ofstream(folder / "done") << "ok";
  return folder;
}

void largeVolume(int slices, Volume& ct, LabelMap& labels) {
  NullProgress progress;
  const LoadedStudy study = StudyLoader::load(sharedData() / "chest-ct-noncontrast", {}, progress);
  ImageGeometry g = study.volume.geometry();
  g.size[2] = slices;
  g.spacing[2] = 1.0;
  ct = Volume(g);
  ct.metadata() = study.volume.metadata();
  labels = LabelMap(g);
  const int source = study.volume.size()[2];
  for (int k = 0; k < slices; ++k) {
    // Mirror back and forth through the 64 real slices so neighbouring slices stay similar.
    const int period = 2 * (source - 1);
    int s = k % period;
    if (s >= source) s = period - s;
    std::copy_n(study.volume.slice(s), g.sliceVoxelCount(), ct.slice(k));
    // Heart: an ellipse like the hand-drawn one, in the middle 40 % of the slices.
    const double t = (k - 0.3 * slices) / (0.4 * slices);
    if (t < 0 || t > 1) continue;
    const double scale = std::sin(M_PI * t) * 0.5 + 0.5;
    for (int j = 0; j < g.size[1]; ++j)
      for (int i = 0; i < g.size[0]; ++i) {
        const double u = (i - 290.0) / (65 * scale), v = (j - 235.0) / (66 * scale);
        if (u * u + v * v <= 1) labels.at(i, j, k) = Heart;
        const double a = (i - 270.0) / 14, b = (j - 335.0) / 14;  // descending aorta beside the spine
        if (a * a + b * b <= 1) labels.at(i, j, k) = DescendingAorta;
      }
  }
}

}  // namespace heaorta::bench
