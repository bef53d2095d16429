#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta::cli {

// heaorta convert <input> -o <volume file>: writes a study as NIfTI/NRRD/MetaImage (+ sidecar).
class ConvertCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::ConvertCommand)

 public:
  QString name() const override { return QStringLiteral("convert"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

}  // namespace heaorta::cli
