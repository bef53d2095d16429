#pragma once

#include "core/dicom/SliceStackPlanner.h"
#include "core/model/Volume.h"
#include "core/util/Progress.h"

#include <QCoreApplication>

namespace heaorta {

struct DicomLoadOptions {
  StackOptions stack;
  int threads = 0;  // 0: all cores
};

// Loads one CT series from its files: reads every header, validates and orders the slices
// along their normal (never by file name or instance number), then decodes on all cores.
class DicomSeriesLoader {
  Q_DECLARE_TR_FUNCTIONS(heaorta::DicomSeriesLoader)

 public:
  static Volume load(const std::vector<std::filesystem::path>& files, const DicomLoadOptions& options, ProgressSink& progress);
};

}  // namespace heaorta
