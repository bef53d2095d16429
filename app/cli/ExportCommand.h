#pragma once

#include "app/cli/CliCommand.h"

namespace heaorta::cli {

// heaorta export <study> --labels <labels> --format seg|nifti|nrrd|slicer -o <out>: label maps for
// annotators and PACS (DICOM SEG with the scored calcium as its own segment);
// heaorta export <study> [--labels L] --format sr|pdf-dicom -o <out>: the results for the PACS
// (TID 1500 structured report, the printed report as DICOM encapsulated PDF).
class ExportCommand final : public CliCommand {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::ExportCommand)

 public:
  QString name() const override { return QStringLiteral("export"); }
  bool needsGui(const QStringList& arguments) const override;
  int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

}  // namespace heaorta::cli
