#include "app/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace heaorta {

QString installTranslations(QCoreApplication& app, const QString& language) {
  // Switching language replaces the translators installed before.
  static QList<QTranslator*> installed;
  for (QTranslator* t : installed) {
    QCoreApplication::removeTranslator(t);
    t->deleteLater();
  }
  installed.clear();
  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  const bool chinese = locale.language() == QLocale::Chinese;
  const QString chosen = chinese ? QStringLiteral("zh_TW") : QStringLiteral("en");
  QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::Taiwan) : QLocale(QLocale::English, QLocale::UnitedStates));

  auto* ours = new QTranslator(&app);
  if (ours->load(QStringLiteral(":/i18n/heaorta_%1.qm").arg(chosen))) QCoreApplication::installTranslator(ours);
  installed << ours;
  auto* qt = new QTranslator(&app);
  if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) QCoreApplication::installTranslator(qt);
  installed << qt;
  return chosen;
}

QString takeLanguage(QStringList& arguments, const QString& fallback) {
  for (int i = 0; i < arguments.size(); ++i) {
    if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size()) {
      const QString lang = arguments[i + 1];
      arguments.remove(i, 2);
      return lang;
    }
    if (arguments[i].startsWith(QLatin1String("--lang="))) {
      const QString lang = arguments[i].mid(7);
      arguments.removeAt(i);
      return lang;
    }
  }
  return fallback;
}

}  // namespace heaorta
