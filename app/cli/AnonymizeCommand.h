#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta::cli {

// `heaorta anonymize <study> -o <folder> [--key <file>]`: de-identified DICOM (PS3.15 basic profile).
class AnonymizeCommand : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::AnonymizeCommand)

 public:
  QString name() const override { return QStringLiteral("anonymize"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

}  // namespace heaorta::cli
