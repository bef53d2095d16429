#pragma once

#include <gdcmDataSet.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace heaorta::dicom {

// Turns off GDCM's warnings on stderr: every problem reaches the user as a HeaortaError instead.
void silenceGdcm();

// Strips DICOM padding (spaces, NULs) from both ends.
std::string trimmed(std::string_view value);

// A person name (PN, "Family^Given^Middle^Prefix^Suffix") as people write it: components
// separated by spaces ("Family Given").
std::string personNameForDisplay(std::string_view pn);
// A DICOM date (DA, "YYYYMMDD") as "YYYY-MM-DD"; anything else as it is.
std::string dateForDisplay(std::string_view da);

// Parses DS/IS values independently of the C locale ("1.5\2.0" -> {1.5, 2.0}).
std::vector<double> parseDecimals(std::string_view backslashSeparated);
std::optional<double> parseDecimal(std::string_view value);
std::optional<int> parseInteger(std::string_view value);

// True when any backslash-separated value of a multi-valued CS equals `term`.
bool hasValue(std::string_view multiValued, std::string_view term);

// Converts a text value to UTF-8 according to Specific Character Set (0008,0005).
std::string toUtf8(std::string_view raw, std::string_view specificCharacterSet);

// Raw trimmed bytes of a textual element in `dataSet`, or "" when absent or empty.
std::string readText(const gdcm::DataSet& dataSet, const gdcm::Tag& tag);
// An unsigned 16-bit element (US), e.g. Rows.
std::optional<int> readUInt16(const gdcm::DataSet& dataSet, const gdcm::Tag& tag);

// Item `index` (0-based) of a sequence, or nothing. A copy: implicit-VR sequences are parsed
// on demand into a temporary that would not outlive the call.
std::optional<gdcm::DataSet> item(const gdcm::DataSet& dataSet, const gdcm::Tag& sequence, std::size_t index = 0);
// Number of items in a sequence (0 when absent).
std::size_t itemCount(const gdcm::DataSet& dataSet, const gdcm::Tag& sequence);

}  // namespace heaorta::dicom
