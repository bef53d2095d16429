// libheaorta_cli_exchange.so: the commands that exchange results (DCMTK for SEG, SR, PDF and the
// network; Qt Gui for the printed report), loaded by the `heaorta` launcher for report, export and pacs.
#include "app/cli/CommandRunner.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/PacsCommand.h"
#ifdef HEAORTA_WITH_REPORT
#include "app/cli/ReportCommand.h"

#include <QGuiApplication>
#endif

extern "C" Q_DECL_EXPORT int heaorta_cli_main(int argc, char** argv) {
  using namespace heaorta::cli;
  std::vector<std::unique_ptr<CliCommand>> commands;
#ifdef HEAORTA_WITH_REPORT
  commands.push_back(std::make_unique<ReportCommand>());
#endif
  commands.push_back(std::make_unique<ExportCommand>());
  commands.push_back(std::make_unique<PacsCommand>());
  return runCommand(commands, argc, argv, [](int& c, char** v, bool gui) -> std::unique_ptr<QCoreApplication> {
#ifdef HEAORTA_WITH_REPORT
    // Drawing the report needs no display.
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui) return std::make_unique<QGuiApplication>(c, v);
#endif
    Q_UNUSED(gui);  // headless: no report command, and export says the PDF is not in this build
    return std::make_unique<QCoreApplication>(c, v);
  });
}
