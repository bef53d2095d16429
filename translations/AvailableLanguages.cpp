#include "translations/AvailableLanguages.h"

namespace heaorta {

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("zh_TW")}; }

QString nativeLanguageName(const QString& language) {
  return language == QLatin1String("zh_TW") ? QStringLiteral("繁體中文") : QStringLiteral("English");
}

}  // namespace heaorta
