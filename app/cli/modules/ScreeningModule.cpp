// libheaorta_cli_screening.so: the commands that read, segment and score (ITK, GDCM; no Qt Gui, no
// DCMTK), loaded by the `heaorta` launcher for info, convert, segment, score, batch and anonymize.
#include "app/cli/AnonymizeCommand.h"
#include "app/cli/BatchCommand.h"
#include "app/cli/CommandRunner.h"
#include "app/cli/ConvertCommand.h"
#include "app/cli/InfoCommand.h"
#include "app/cli/ScoreCommand.h"
#include "app/cli/SegmentCommand.h"

extern "C" Q_DECL_EXPORT int heaorta_cli_main(int argc, char** argv) {
  using namespace heaorta::cli;
  std::vector<std::unique_ptr<CliCommand>> commands;
  commands.push_back(std::make_unique<InfoCommand>());
  commands.push_back(std::make_unique<SegmentCommand>());
  commands.push_back(std::make_unique<ScoreCommand>());
  commands.push_back(std::make_unique<BatchCommand>());
  commands.push_back(std::make_unique<ConvertCommand>());
  commands.push_back(std::make_unique<AnonymizeCommand>());
  return runCommand(commands, argc, argv,
                    [](int& c, char** v, bool) -> std::unique_ptr<QCoreApplication> { return std::make_unique<QCoreApplication>(c, v); });
}
