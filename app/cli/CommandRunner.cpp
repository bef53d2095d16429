#include "app/cli/CommandRunner.h"

#include "app/cli/ExitCodes.h"
#include "app/common/Translations.h"

#include <QTextStream>
#include <exception>

namespace heaorta::cli {

int runCommand(const std::vector<std::unique_ptr<CliCommand>>& commands, int argc, char** argv, const ApplicationFactory& makeApplication) {
  QStringList rawArguments;
  for (int i = 0; i < argc; ++i) rawArguments << QString::fromLocal8Bit(argv[i]);
  QStringList commandLine = rawArguments;
  heaorta::takeLanguage(commandLine, {});  // the command word is the first argument that is not --lang's
  bool gui = false;
  for (const auto& c : commands) gui |= c->name() == commandLine.value(1) && c->needsGui(rawArguments);
  const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv, gui);
  QCoreApplication::setApplicationName(QStringLiteral("heaorta"));
  QCoreApplication::setApplicationVersion(QStringLiteral(HEAORTA_VERSION));
  QStringList arguments = QCoreApplication::arguments();
  heaorta::installTranslations(*app, heaorta::takeLanguage(arguments, kScriptLanguage));

  QTextStream out(stdout);
  QTextStream err(stderr);
  for (const auto& command : commands) {
    if (command->name() != arguments.value(1)) continue;
    try {
      return command->run(arguments.mid(1), out, err);
    } catch (const std::exception& e) {
      err << "internal error: " << e.what() << '\n';
      return InternalError;
    }
  }
  err << "internal error: this commands module has no command " << arguments.value(1) << '\n';
  return InternalError;
}

}  // namespace heaorta::cli
