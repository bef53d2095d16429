#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace heaorta {

// Installs the Heaorta and Qt translations for `language` ("en", "zh_TW"; empty: the system
// locale). Returns the language actually installed.
QString installTranslations(QCoreApplication& app, const QString& language);

// Takes --lang <language> (or --lang=<language>) out of `arguments` and returns the language, or
// `fallback` when there is none.
QString takeLanguage(QStringList& arguments, const QString& fallback);

}  // namespace heaorta
