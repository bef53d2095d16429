#include "translations/AvailableLanguages.h"

namespace heaorta {

QStringList availableLanguages() { return {QStringLiteral("en"), QStringLiteral("zh_TW")}; }

}  // namespace heaorta
