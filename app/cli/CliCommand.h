#pragma once

#include "app/cli/CommandCatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace heaorta {
struct StudyLoadOptions;
}

namespace heaorta::cli {

// One `heaorta <command>`; run() returns the process exit code (ExitCodes.h).
class CliCommand {
 public:
  virtual ~CliCommand() = default;
  virtual QString name() const = 0;
  QString summary() const { return commandSummary(name()); }  // from the catalogue
  virtual int run(const QStringList& arguments, QTextStream& out, QTextStream& err) = 0;
  // Commands that draw (the report) need a QGuiApplication; it runs on the offscreen platform.
  virtual bool needsGui(const QStringList& arguments) const {
    Q_UNUSED(arguments);
    return false;
  }
};

// Options every command that opens a study shares.
class StudyOptions {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::StudyOptions)

 public:
  // The study to open (the one positional argument) and the loading options.
  static void add(QCommandLineParser& parser);
  static StudyLoadOptions read(const QCommandLineParser& parser);
  // False (usage error printed, *exitCode set) when the mandatory --output is missing.
  static bool hasOutput(const QCommandLineParser& parser, QTextStream& err, int* exitCode);
};

// Parses `arguments`; prints usage and returns false on --help or an error (exit code in *exitCode).
// `positional`: how many positional arguments there must be; -1: one or more.
bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments, int positional, QTextStream& out, QTextStream& err, int* exitCode);

}  // namespace heaorta::cli
