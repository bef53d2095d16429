// Scoring settings files (score --settings): refused with a message or read, never a crash.
#include "core/quant/QuantSettings.h"
#include "core/util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<int>(size)));
  if (!json.isObject()) return 0;
  try {
    heaorta::QuantSettings::fromJson(json.object());
  } catch (const heaorta::HeaortaError&) {
  }
  return 0;
}
