#pragma once

#include "core/edit/EditProvenance.h"
#include "core/model/ArteryAssignments.h"
#include "core/model/LabelMap.h"
#include "core/quant/QuantResult.h"
#include "core/quant/QuantificationEngine.h"
#include "core/study/StudyLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

namespace heaorta::cli {

// A study, its masks (from --labels or the segmenter) and its scores: what `score`, `report` and
// `export --format sr|pdf-dicom` all start from.
struct ScoredStudy {
  Q_DECLARE_TR_FUNCTIONS(heaorta::cli::ScoredStudy)

 public:
  QString input;
  LoadedStudy study;
  LabelMap labels;
  std::optional<VoxelMask> bone;
  QString segmenter;  // who made the masks; empty for a label file without a sidecar
  QJsonValue edits;   // the reader's edit record saved beside the labels, or null
  EditProvenance provenance;
  QuantResult result;
  LesionVoxels calcium;  // every scored lesion voxel, for key images

  // --labels, --arteries, the scoring settings, the segmenter's and the study's options.
  static void addOptions(QCommandLineParser& parser);
  // Loads, segments when no labels are given, and scores. Throws HeaortaError.
  static ScoredStudy run(const QCommandLineParser& parser);
  // The process exit code for the result: score not computed, segmentation failed, or Ok.
  int exitCode() const;
  static int exitCodeFor(const QuantResult& result);

  // Only the scoring settings (--settings, --threshold, ...), and what they ask for.
  static void addSettingsOptions(QCommandLineParser& parser);
  static QuantSettings settingsFrom(const QCommandLineParser& parser);
};

}  // namespace heaorta::cli
