#include "core/dicom/DicomValues.h"

#include <QStringDecoder>
#include <algorithm>
#include <charconv>
#include <gdcmAttribute.h>
#include <gdcmDataSet.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmTrace.h>
#include <mutex>

namespace heaorta::dicom {

void silenceGdcm() {
  static std::once_flag once;
  std::call_once(once, [] {
    gdcm::Trace::WarningOff();
    gdcm::Trace::DebugOff();
    gdcm::Trace::ErrorOff();
  });
}

std::string dateForDisplay(std::string_view da) {
  if (da.size() != 8) return std::string(da);
  return std::string(da.substr(0, 4)) + '-' + std::string(da.substr(4, 2)) + '-' + std::string(da.substr(6, 2));
}

std::string personNameForDisplay(std::string_view pn) {
  std::string spaced(pn);
  std::replace(spaced.begin(), spaced.end(), '^', ' ');
  return trimmed(spaced);
}

std::string trimmed(std::string_view value) {
  const auto isPad = [](char c) { return c == ' ' || c == '\0' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t begin = 0;
  std::size_t end = value.size();
  while (begin < end && isPad(value[begin])) ++begin;
  while (end > begin && isPad(value[end - 1])) --end;
  return std::string(value.substr(begin, end - begin));
}

std::optional<double> parseDecimal(std::string_view value) {
  const std::string text = trimmed(value);
  if (text.empty()) return std::nullopt;
  const char* first = text.data();
  if (*first == '+') ++first;  // from_chars rejects a leading '+', DICOM allows it
  double result = 0.0;
  const auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), result);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return result;
}

std::vector<double> parseDecimals(std::string_view backslashSeparated) {
  std::vector<double> values;
  std::size_t start = 0;
  while (start <= backslashSeparated.size()) {
    const std::size_t end = std::min(backslashSeparated.find('\\', start), backslashSeparated.size());
    const auto value = parseDecimal(backslashSeparated.substr(start, end - start));
    if (!value) return {};
    values.push_back(*value);
    start = end + 1;
  }
  return values;
}

std::optional<int> parseInteger(std::string_view value) {
  const auto d = parseDecimal(value);
  if (!d) return std::nullopt;
  return static_cast<int>(*d);
}

bool hasValue(std::string_view multiValued, std::string_view term) {
  std::size_t start = 0;
  while (start <= multiValued.size()) {
    const std::size_t end = std::min(multiValued.find('\\', start), multiValued.size());
    if (trimmed(multiValued.substr(start, end - start)) == term) return true;
    start = end + 1;
  }
  return false;
}

std::string toUtf8(std::string_view raw, std::string_view specificCharacterSet) {
  const std::string charset = trimmed(specificCharacterSet);
  const QByteArray bytes(raw.data(), static_cast<qsizetype>(raw.size()));
  if (charset == "ISO_IR 192") return std::string(raw);
  if (charset.empty() || charset == "ISO_IR 6" || charset == "ISO_IR 100") return QString::fromLatin1(bytes).toStdString();
  // GB18030/GBK and the ISO 2022 sets need ICU; fall back to Latin-1 when Qt lacks a codec.
  const char* codec = charset == "GB18030" || charset == "GBK" ? "GB18030" : nullptr;
  if (codec) {
    QStringDecoder decoder(codec);
    if (decoder.isValid()) return QString(decoder(bytes)).toStdString();
  }
  return QString::fromLatin1(bytes).toStdString();
}

std::string readText(const gdcm::DataSet& dataSet, const gdcm::Tag& tag) {
  if (!dataSet.FindDataElement(tag)) return {};
  const gdcm::DataElement& element = dataSet.GetDataElement(tag);
  const gdcm::ByteValue* bytes = element.GetByteValue();
  if (!bytes || bytes->GetLength() == 0) return {};
  return trimmed(std::string_view(bytes->GetPointer(), bytes->GetLength()));
}

std::optional<int> readUInt16(const gdcm::DataSet& dataSet, const gdcm::Tag& tag) {
  if (!dataSet.FindDataElement(tag)) return std::nullopt;
  const gdcm::ByteValue* bytes = dataSet.GetDataElement(tag).GetByteValue();
  if (!bytes || bytes->GetLength() != 2) return std::nullopt;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes->GetPointer());
  return p[0] | (p[1] << 8);  // little endian: big-endian transfer syntax is retired
}

std::size_t itemCount(const gdcm::DataSet& dataSet, const gdcm::Tag& sequence) {
  if (!dataSet.FindDataElement(sequence)) return 0;
  const gdcm::SmartPointer<gdcm::SequenceOfItems> items = dataSet.GetDataElement(sequence).GetValueAsSQ();
  return items ? items->GetNumberOfItems() : 0;
}

std::optional<gdcm::DataSet> item(const gdcm::DataSet& dataSet, const gdcm::Tag& sequence, std::size_t index) {
  if (!dataSet.FindDataElement(sequence)) return std::nullopt;
  const gdcm::SmartPointer<gdcm::SequenceOfItems> items = dataSet.GetDataElement(sequence).GetValueAsSQ();
  if (!items || items->GetNumberOfItems() <= index) return std::nullopt;
  return items->GetItem(index + 1).GetNestedDataSet();  // GDCM items are 1-based
}

}  // namespace heaorta::dicom
