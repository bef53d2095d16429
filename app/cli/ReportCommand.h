#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta {
struct ReportContent;
}

namespace heaorta::cli {
struct ScoredStudy;

// heaorta report <study> [--labels L] [--arteries A] -o report.pdf [--lang zh_TW|en] [--reader NAME]
// [--paper a4|letter]: the printable risk report, without a display.
class ReportCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::ReportCommand)

 public:
  QString name() const override { return QStringLiteral("report"); }
  bool needsGui(const QStringList&) const override { return true; }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

  // What the report shows for a scored study (the key image included); shared with `export`.
  static ReportContent contentFor(const ScoredStudy& scored, const QString& reader);
};

}  // namespace heaorta::cli
