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
};

const std::vector<CommandEntry>& commandCatalogue();
// The translated summary of `name`; empty for an unknown command.
QString commandSummary(const QString& name);
// The entry of `name`; null for an unknown command.
const CommandEntry* findCommand(const QString& name);

// Takes --lang (or --lang=) out of `arguments`: it applies to every command. Scripts parse English
// unless asked otherwise.
QString takeLanguage(QStringList& arguments);

}  // namespace heaorta::cli
