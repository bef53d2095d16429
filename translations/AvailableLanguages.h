#pragma once

#include <QStringList>

namespace heaorta {

// The UI languages shipped in this directory, as locale names ("en", "zh_TW").
QStringList availableLanguages();

}  // namespace heaorta
