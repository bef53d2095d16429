#pragma once

#include <filesystem>
#include <string>

namespace heaorta::dicom {

// Our own look at a file before any third-party parser sees it: Debian's GDCM aborts the process
// (an assertion) on some malformed files, such as a sequence item that claims more bytes than the
// file holds. The walk reads the Part 10 meta header and the data set's element structure up to
// the pixel data; it rejects only what no valid file can be (a defined length running past the
// end of the file, inside sequences too) and accepts what it cannot judge (files without a
// preamble, deflated data sets, lengths inside implicit-VR sequences of defined length).
struct Preflight {
  std::string mediaStorageSopClass;  // (0002,0002); empty without a meta header
  std::string problem;               // empty when the file may go to the parser
};

Preflight preflight(const std::filesystem::path& file);

inline constexpr const char* kMediaStorageDirectoryUid = "1.2.840.10008.1.3.10";

}  // namespace heaorta::dicom
