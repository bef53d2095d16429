#pragma once

#include "app/cli/CliCommand.h"

#include <functional>
#include <memory>
#include <vector>

namespace heaorta::cli {

// Makes the process's application object: a QGuiApplication when `gui` (the report draws), else a
// QCoreApplication. Given by the module, so only the module that draws links Qt Gui.
using ApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int& argc, char** argv, bool gui)>;

// What a commands module does for the launcher: runs the command named by argv[1] among `commands`
// with translations installed, and returns the process exit code.
int runCommand(const std::vector<std::unique_ptr<CliCommand>>& commands, int argc, char** argv, const ApplicationFactory& makeApplication);

}  // namespace heaorta::cli
