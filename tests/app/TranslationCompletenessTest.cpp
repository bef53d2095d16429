// The zh_TW and en translations are complete: lupdate run over today's sources finds no
// unfinished string, and every translation keeps the placeholders of its source.
#include "tests/support/SyntheticDicom.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace heaorta::test;

namespace {

struct Message {
  QString source;
  QStringList translations;
  bool unfinished = false;
};

QList<Message> readTs(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QList<Message> messages;
  QXmlStreamReader xml(&file);
  Message current;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) {
      if (xml.isEndElement() && xml.name() == QLatin1String("message")) messages.append(current);
      continue;
    }
    if (xml.name() == QLatin1String("message")) {
      current = Message{};
    } else if (xml.name() == QLatin1String("source")) {
      current.source = xml.readElementText();
    } else if (xml.name() == QLatin1String("translation")) {
      current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
      if (xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
          xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete"))
        current.unfinished = false;
      const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      if (!text.trimmed().isEmpty()) current.translations.append(text);
    } else if (xml.name() == QLatin1String("numerusform")) {
      current.translations.append(xml.readElementText());
    }
  }
  return messages;
}

QSet<QString> placeholders(const QString& text) {
  QSet<QString> found;
  static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
  for (auto it = pattern.globalMatch(text); it.hasNext();) found.insert(it.next().captured(0));
  return found;
}

}  // namespace

class TranslationCompletenessTest : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

  QString refreshedCopy(const QString& name, bool pluralOnly) {
    const QString source = QString::fromStdString((sourceDir() / "translations").string()) + QLatin1Char('/') + name;
    const QString copy = tmp_.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(source, copy)) return {};
    QStringList args = {QStringLiteral("-silent"),      QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("-no-obsolete"), QStringLiteral("-I"),         QString::fromStdString(sourceDir().string())};
    if (pluralOnly) args << QStringLiteral("-pluralonly");
    for (const char* dir : {"core", "segmentation", "viewers", "app"}) args << QString::fromStdString((sourceDir() / dir).string());
    args << QStringLiteral("-ts") << copy;
    QString log;
    if (runTool(QStringLiteral("/usr/lib/qt6/bin/lupdate"), args, &log) != 0) qWarning("%s", qPrintable(log));
    return copy;
  }

 private Q_SLOTS:
  void everyStringIsTranslated_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("Traditional Chinese") << QStringLiteral("heaorta_zh_TW.ts") << false;
    QTest::newRow("English plurals") << QStringLiteral("heaorta_en.ts") << true;
  }

  void everyStringIsTranslated() {
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    const QList<Message> messages = readTs(refreshedCopy(file, pluralOnly));
    QVERIFY(!messages.isEmpty());
    QStringList unfinished;
    for (const Message& m : messages)
      if (m.unfinished || m.translations.isEmpty()) unfinished << m.source;
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, run packaging/update-translations.sh and translate:\n%2")
                                                  .arg(unfinished.size())
                                                  .arg(unfinished.join(QLatin1Char('\n')))));
  }

  void translationsKeepEveryPlaceholder() {
    for (const char* name : {"heaorta_zh_TW.ts", "heaorta_en.ts"}) {
      const QString path = QString::fromStdString((sourceDir() / "translations" / name).string());
      for (const Message& m : readTs(path))
        for (const QString& t : m.translations) {
          QSet<QString> expected = placeholders(m.source);
          QSet<QString> actual = placeholders(t);
          QVERIFY2(expected == actual, qPrintable(QStringLiteral("%1: \"%2\" -> \"%3\"").arg(QLatin1String(name), m.source, t)));
        }
    }
  }
};

QTEST_GUILESS_MAIN(TranslationCompletenessTest)
#include "TranslationCompletenessTest.moc"
