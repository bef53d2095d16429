#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace heaorta::test {

// Broken inputs of the kinds hospitals' PACS and CDs produce, written byte by byte.
class MalformedInput {
 public:
  // A Part 10 file whose sequence holds an item claiming 2 GB (and, as a DICOMDIR, record offsets
  // past the end): Debian's GDCM 3.0 asserts (SIGABRT) reading it, whatever its SOP class.
  static void writeFileWithALyingItem(const std::filesystem::path& file, const std::string& sopClass,
                                      const std::string& transferSyntax = "1.2.840.10008.1.2.1");

  // A NIfTI-1 (348-byte header) or NIfTI-2 (540-byte header) single file; `dims` are dim[1..],
  // `datatype` a NIfTI code (4 int16, 16 float32), `voxels` the raw data after the header.
  struct Nifti {
    int version = 1;
    std::vector<int64_t> dims{4, 4, 4};
    int datatype = 4;
    int intentCode = 0;
    float pixdim = 1.0f;
    std::string voxels;  // empty: zeros for every declared voxel (capped at 64 MB)
  };
  static void writeNifti(const std::filesystem::path& file, const Nifti& n);

  // Replaces the first occurrence of `from` by `to` (same length) in `file`; false when absent.
  static bool patch(const std::filesystem::path& file, const std::string& from, const std::string& to);
  // Explicit VR little endian bytes of one element's tag and VR (what `patch` looks for).
  static std::string tagAndVr(uint16_t group, uint16_t element, const char* vr);
};

}  // namespace heaorta::test
