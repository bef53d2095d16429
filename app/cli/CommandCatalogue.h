#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace heaorta::cli {

// The commands `heaorta` knows, with their one-line summaries. Qt Core only: the launcher prints
// the usage from it without loading the commands module (ITK, GDCM, DCMTK, Qt Gui).
struct CommandEntry {
  const char* name;
  const char* context;  // the command class's translation context
  const char* summary;  // source text, translated in `context`
  const char* module;   // the commands module that runs it (lib/heaorta/<module>)
  QString translatedSummary() const;
};

const std::vector<CommandEntry>& commandCatalogue();
// Scripts parse English unless asked otherwise (--lang).
inline const QString kScriptLanguage = QStringLiteral("en");
// The translated summary of `name`; empty for an unknown command.
QString commandSummary(const QString& name);
// The entry of `name`; null for an unknown command.
const CommandEntry* findCommand(const QString& name);

}  // namespace heaorta::cli
