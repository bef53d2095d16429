#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta {
struct PacsCaller;
struct PacsNode;
}  // namespace heaorta

namespace heaorta::cli {

// heaorta pacs echo|find|get|move|store --node AET@HOST:PORT ...: DICOM networking with a PACS
// (C-ECHO, C-FIND, C-GET, C-MOVE to our own storage SCP, C-STORE), optionally over TLS.
class PacsCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::PacsCommand)

 public:
  QString name() const override { return QStringLiteral("pacs"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

 private:
  int echo(const PacsNode& node, const PacsCaller& caller, QTextStream& out);
  int find(const QCommandLineParser& parser, const PacsNode& node, const PacsCaller& caller, QTextStream& out, QTextStream& err);
  int retrieve(const QString& action, const QCommandLineParser& parser, const PacsNode& node, const PacsCaller& caller, QTextStream& out,
               QTextStream& err);
  int store(const QCommandLineParser& parser, const PacsNode& node, const PacsCaller& caller, QTextStream& out, QTextStream& err);
};

}  // namespace heaorta::cli
