#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta::cli {

// heaorta info <folder-or-file> [--json]: the series found, skipped files and why, and the
// loaded volume's size, spacing, orientation, HU range and scoring metadata.
class InfoCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::InfoCommand)

 public:
  QString name() const override { return QStringLiteral("info"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

}  // namespace heaorta::cli
