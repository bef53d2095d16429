// heaorta: the command-line front end (info, convert, score, segment, ...).
#include "app/cli/BatchCommand.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/ExitCodes.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/PacsCommand.h"
#ifdef HEAORTA_WITH_REPORT
#include "app/cli/ReportCommand.h"
#endif
#include "app/cli/ScoreCommand.h"
#include "app/cli/SegmentCommand.h"
#include "app/common/Translations.h"

#include <QCoreApplication>
#ifdef HEAORTA_WITH_REPORT
#include <QGuiApplication>
#endif
#include <QTextStream>
#include <cstdio>
#include <exception>
#include <memory>
#include <vector>

namespace heaorta::cli {
namespace {

class Usage {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::Usage)

 public:
  static void print(const std::vector<std::unique_ptr<CliCommand>>& commands, QTextStream& out) {
    out << tr("Usage: heaorta <command> [options]   (heaorta <command> --help for its options)") << "\n\n" << tr("Commands:") << '\n';
    for (const auto& c : commands) out << QStringLiteral("  %1  %2\n").arg(c->name(), -10).arg(c->summary());
    out << '\n' << tr("Global options: --lang en|zh_TW, --version") << '\n';
  }
};

// Takes --lang out of the arguments (it applies to every command).
QString takeLanguage(QStringList& arguments) {
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
  return QStringLiteral("en");  // scripts parse English unless asked otherwise
}

}  // namespace
}  // namespace heaorta::cli

int main(int argc, char** argv) {
  using namespace heaorta::cli;
  std::vector<std::unique_ptr<CliCommand>> commands;
  commands.push_back(std::make_unique<InfoCommand>());
  commands.push_back(std::make_unique<SegmentCommand>());
  commands.push_back(std::make_unique<ScoreCommand>());
#ifdef HEAORTA_WITH_REPORT
  commands.push_back(std::make_unique<ReportCommand>());
#endif
  commands.push_back(std::make_unique<BatchCommand>());
  commands.push_back(std::make_unique<ConvertCommand>());
  commands.push_back(std::make_unique<ExportCommand>());
  commands.push_back(std::make_unique<PacsCommand>());
  // Only the commands that draw pay for a GUI application, and never need a display.
  bool gui = false;
  QStringList rawArguments;
  for (int i = 0; i < argc; ++i) rawArguments << QString::fromLocal8Bit(argv[i]);
  QStringList commandLine = rawArguments;
  takeLanguage(commandLine);  // the command word is the first argument that is not --lang's
  for (const auto& c : commands) gui |= c->name() == commandLine.value(1) && c->needsGui(rawArguments);
#ifdef HEAORTA_WITH_REPORT
  if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
#else
  std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);  // gui: the command says it is missing
#endif
  QCoreApplication::setApplicationName(QStringLiteral("heaorta"));
  QCoreApplication::setApplicationVersion(QStringLiteral(HEAORTA_VERSION));
  QStringList arguments = QCoreApplication::arguments();
  heaorta::installTranslations(*app, takeLanguage(arguments));

  QTextStream out(stdout);
  QTextStream err(stderr);
  if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")) {
    Usage::print(commands, arguments.size() < 2 ? err : out);
    return arguments.size() < 2 ? UsageError : Ok;
  }
  if (arguments[1] == QLatin1String("--version")) {
    out << "heaorta " << HEAORTA_VERSION << '\n';
    return Ok;
  }
  for (const auto& command : commands) {
    if (command->name() != arguments[1]) continue;
    try {
      return command->run(arguments.mid(1), out, err);
    } catch (const std::exception& e) {
      err << "internal error: " << e.what() << '\n';
      return InternalError;
    }
  }
  err << QCoreApplication::translate("heaorta::cli::Usage", "Unknown command: %1").arg(arguments[1]) << "\n\n";
  Usage::print(commands, err);
  return UsageError;
}
