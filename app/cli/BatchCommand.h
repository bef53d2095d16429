#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta::cli {

// heaorta batch <folder-or-manifest> -o results.csv [--shard i/N] [--model M] [scoring options]:
// index -> load -> segment -> score over every eligible chest CT series, one row per series,
// resumable (finished series are skipped on a rerun), decoding the next series while this one is
// segmented. heaorta batch merge <csv>... -o merged.csv joins shard outputs.
class BatchCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::BatchCommand)

 public:
  QString name() const override { return QStringLiteral("batch"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

  static QString header();

 private:
  int merge(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

}  // namespace heaorta::cli
