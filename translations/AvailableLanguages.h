#pragma once

#include <QStringList>

namespace heaorta {

// The UI languages shipped in this directory, as locale names ("en", "zh_TW").
QStringList availableLanguages();
// A language's name in itself ("English", "繁體中文"), so a reader who cannot read the current UI
// language still finds theirs.
QString nativeLanguageName(const QString& language);

}  // namespace heaorta
