#pragma once

#include <filesystem>
#include <string>

namespace heaorta::dicom {

// The Media Storage SOP Class UID from a Part 10 file's meta header (group 0002, always explicit
// VR little endian), read with our own few lines before any third-party parser sees the file:
// Debian's GDCM aborts the process on some malformed DICOMDIRs, so those never reach it. Empty
// when the file has no readable meta header.
std::string peekMediaStorageSopClass(const std::filesystem::path& file);

inline constexpr const char* kMediaStorageDirectoryUid = "1.2.840.10008.1.3.10";

}  // namespace heaorta::dicom
