#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta {
struct SegmentationResult;
struct SegmenterChoice;
class Volume;
}  // namespace heaorta

namespace heaorta::cli {

// heaorta segment <study> -o labels.nii.gz [--model file] [--device auto|cpu|cuda] [--bone file]
class SegmentCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::SegmentCommand)

 public:
  QString name() const override { return QStringLiteral("segment"); }
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;

  // Shared with `score`: adds --model/--device and runs the chosen segmenter.
  static void addOptions(QCommandLineParser& parser);
  static SegmentationResult segment(const Volume& ct, const QCommandLineParser& parser);
  static SegmenterChoice choiceFrom(const QCommandLineParser& parser);
};

}  // namespace heaorta::cli
