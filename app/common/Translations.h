#pragma once

#include <QString>

class QCoreApplication;

namespace heaorta {

// Installs the Heaorta and Qt translations for `language` ("en", "zh_TW"; empty: the system
// locale). Returns the language actually installed.
QString installTranslations(QCoreApplication& app, const QString& language);

}  // namespace heaorta
