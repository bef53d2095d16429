// heaorta: the command-line front end (info, convert, score, segment, ...). This launcher needs only
// Qt Core: it answers --help and --version itself and loads a commands module only to run a command,
// the one with just the libraries that command needs (CommandCatalogue).
#include "app/cli/CommandCatalogue.h"
#include "app/cli/ExitCodes.h"
#include "app/common/Translations.h"
#include "core/util/PluginDirectory.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>
#include <string>

namespace heaorta::cli {
namespace {

class Usage {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::Usage)

 public:
  static void print(QTextStream& out) {
    out << tr("Usage: heaorta <command> [options]   (heaorta <command> --help for its options)") << "\n\n" << tr("Commands:") << '\n';
    for (const CommandEntry& c : commandCatalogue()) out << QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -10).arg(c.translatedSummary());
    out << '\n' << tr("Global options: --lang en|zh_TW, --version") << '\n';
  }
};

// In <prefix>/lib/heaorta beside <prefix>/bin, in the build tree as when installed;
// $HEAORTA_CLI_MODULE_DIR names the folder explicitly.
std::string modulePath(const char* module) {
  const QByteArray given = qgetenv("HEAORTA_CLI_MODULE_DIR");
  if (!given.isEmpty()) return (std::filesystem::path(given.toStdString()) / module).string();
  const std::filesystem::path directory = heaorta::pluginDirectory();
  return ((directory.empty() ? std::filesystem::path("/usr/lib/heaorta") : directory) / module).string();
}

int runCommand(const CommandEntry& command, int argc, char** argv) {
  const std::string path = modulePath(command.module);
  void* module = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
  using Entry = int (*)(int, char**);
  Entry entry = module ? reinterpret_cast<Entry>(dlsym(module, "heaorta_cli_main")) : nullptr;
  if (!entry) {
    // Said in English and without Qt: the installation is broken, not the study.
    const char* reason = dlerror();
    std::fprintf(stderr, "heaorta: cannot load the commands module %s: %s\nReinstall Heaorta Workstation.\n", path.c_str(),
                 reason ? reason : "no entry point");
    return InternalError;
  }
  const int code = entry(argc, argv);
#if defined(__SANITIZE_ADDRESS__)
  return code;  // LeakSanitizer checks at a normal exit
#else
  // The command has written and closed everything. Leave without running the libraries' static
  // destructors (GDCM frees its whole data dictionary: 3-5 ms of every run).
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(code);
#endif
}

}  // namespace
}  // namespace heaorta::cli

int main(int argc, char** argv) {
  using namespace heaorta::cli;
  QStringList arguments;
  for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);
  const QString language = heaorta::takeLanguage(arguments, kScriptLanguage);
  const QString command = arguments.value(1);
  if (const CommandEntry* entry = findCommand(command)) return runCommand(*entry, argc, argv);

  QCoreApplication app(argc, argv);
  heaorta::installTranslations(app, language);
  QTextStream out(stdout);
  QTextStream err(stderr);
  if (command == QLatin1String("--version")) {
    out << "heaorta " << HEAORTA_VERSION << '\n';
    return Ok;
  }
  if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
    Usage::print(command.isEmpty() ? err : out);
    return command.isEmpty() ? UsageError : Ok;
  }
  err << Usage::tr("Unknown command: %1").arg(command) << "\n\n";
  Usage::print(err);
  return UsageError;
}
