#pragma once

#include "core/model/ImageGeometry.h"

#include <QCoreApplication>
#include <QString>
#include <filesystem>
#include <vector>

namespace heaorta {

// What a segmentation model promises (the HeaortaNet contract): a TorchScript file plus this card
// beside it (<model>.json). The workstation refuses a model whose card is missing or disagrees
// with the file.
struct ModelCard {
  Q_DECLARE_TR_FUNCTIONS(heaorta::ModelCard)

 public:
  enum class Normalization { ZScoreNonZero, ClipScale };
  enum class Activation { Sigmoid, Softmax };
  static constexpr uint8_t kAorta = 254;  // one aorta channel, split into ascending/descending after

  QString name;
  QString version;
  QString architecture;
  bool trained = true;
  QString note;
  Eigen::Vector3d spacingMm{1.5, 1.5, 2.0};  // x, y, z
  bool ras = false;                          // input axes in RAS order instead of LPS
  Normalization normalization = Normalization::ZScoreNonZero;
  double clipMin = -1000, clipMax = 1000;  // ClipScale: clip, then map to [0, 1]
  Index3 window{224, 224, 144};            // x, y, z voxels
  double overlap = 0.25;
  Activation activation = Activation::Sigmoid;
  double threshold = 0.5;
  std::vector<uint8_t> channelLabels;  // per output channel: 0 background, 1..3, or kAorta
  QString weightsSha256;

  static std::filesystem::path cardPathFor(const std::filesystem::path& model);
  // Throws HeaortaError(ModelInvalid) naming the file and the problem.
  static ModelCard read(const std::filesystem::path& cardFile);
  // Throws HeaortaError(ModelInvalid) when the weights file's SHA-256 differs from the card's.
  void verifyWeights(const std::filesystem::path& model) const;
  bool hasSingleAortaChannel() const;
};

}  // namespace heaorta
