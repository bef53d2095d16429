#pragma once

#include "segmentation/Segmenter.h"
#include "segmentation/model/TorchInference.h"

#include <QCoreApplication>
#include <filesystem>
#include <memory>

namespace heaorta {

struct SegmenterChoice {
  std::filesystem::path model;  // empty: the installed model if there is one
  InferenceDevice device = InferenceDevice::Auto;
};

// Picks the segmenter: a model named explicitly (its errors are the caller's), else the installed
// model ($HEAORTA_MODEL, <prefix>/share/heaorta/models/heaortanet.pt), else the anatomical fallback.
// An installed model that is rejected falls back with a notice that says why.
class SegmenterFactory {
  Q_DECLARE_TR_FUNCTIONS(heaorta::SegmenterFactory)

 public:
  static std::filesystem::path installedModel();
  static std::unique_ptr<Segmenter> create(const SegmenterChoice& choice, Notices* notices);
};

}  // namespace heaorta
