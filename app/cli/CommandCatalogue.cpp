#include "app/cli/CommandCatalogue.h"

#include <QCoreApplication>

namespace heaorta::cli {
namespace {
// Reading, segmenting and scoring load ITK and GDCM only; exchanging results loads DCMTK and Qt Gui.
constexpr const char* kScreening = "libheaorta_cli_screening.so";
constexpr const char* kExchange = "libheaorta_cli_exchange.so";
}  // namespace

const std::vector<CommandEntry>& commandCatalogue() {
  static const std::vector<CommandEntry> entries = {
      {"info", "heaorta::cli::InfoCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::InfoCommand", "List the series in a folder or file and describe the loaded volume."), kScreening},
      {"segment", "heaorta::cli::SegmentCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::SegmentCommand", "Segment heart, ascending and descending aorta (and bone) and write the label map."),
       kScreening},
      {"score", "heaorta::cli::ScoreCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::ScoreCommand", "Coronary and aortic calcium, pericardial fat and risk tier from a CT and its labels."),
       kScreening},
#ifdef HEAORTA_WITH_REPORT
      {"report", "heaorta::cli::ReportCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::ReportCommand", "The printable risk report (PDF) in Traditional Chinese or English."), kExchange},
#endif
      {"batch", "heaorta::cli::BatchCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::BatchCommand",
                         "Screen a cohort: segment and score every chest CT series into one CSV (resumable, sharded; 'batch merge' joins shards)."),
       kScreening},
      {"convert", "heaorta::cli::ConvertCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::ConvertCommand", "Convert a study to a NIfTI, NRRD or MetaImage volume."), kScreening},
      {"export", "heaorta::cli::ExportCommand",
       QT_TRANSLATE_NOOP(
           "heaorta::cli::ExportCommand",
           "Export labels (DICOM SEG, NIfTI or NRRD with an ITK-SNAP label file, 3D Slicer) or the results (DICOM SR, the report as DICOM PDF)."),
       kExchange},
      {"anonymize", "heaorta::cli::AnonymizeCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::AnonymizeCommand", "Write de-identified DICOM (PS3.15 basic profile; UIDs remapped consistently)."),
       kScreening},
      {"pacs", "heaorta::cli::PacsCommand",
       QT_TRANSLATE_NOOP("heaorta::cli::PacsCommand", "Echo, query, retrieve from and store to a PACS (DICOM C-ECHO/FIND/GET/MOVE/STORE)."),
       kExchange},
  };
  return entries;
}

const CommandEntry* findCommand(const QString& name) {
  for (const CommandEntry& e : commandCatalogue())
    if (name == QLatin1String(e.name)) return &e;
  return nullptr;
}

QString CommandEntry::translatedSummary() const { return QCoreApplication::translate(context, summary); }

QString commandSummary(const QString& name) {
  const CommandEntry* entry = findCommand(name);
  return entry ? entry->translatedSummary() : QString();
}

}  // namespace heaorta::cli
