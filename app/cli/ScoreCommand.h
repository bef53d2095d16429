#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta {
struct QuantResult;
}

namespace heaorta::cli {

// heaorta score <study-or-volume> --labels <labelmap> [--json|--csv]: every result and setting.
class ScoreCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::ScoreCommand)

 public:
  QString name() const override { return QStringLiteral("score"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

  static void printText(const QuantResult& result, QTextStream& out);
};

}  // namespace heaorta::cli
