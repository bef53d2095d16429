#pragma once

#include "segmentation/Segmenter.h"
#include "segmentation/model/TorchInference.h"

namespace heaorta {

// Segments with a model that follows the HeaortaNet contract (TorchScript + model card).
class ModelSegmenter final : public Segmenter {
  Q_DECLARE_TR_FUNCTIONS(heaorta::ModelSegmenter)

 public:
  // Reads and checks the card (present, valid, SHA-256 of the weights) and loads the model.
  // Throws HeaortaError(ModelInvalid) with the reason.
  ModelSegmenter(const std::filesystem::path& model, InferenceDevice device);
  ~ModelSegmenter() override;

  SegmentationResult segment(const Volume& ct, ProgressSink& progress) override;
  QString name() const override;
  const ModelCard& card() const { return card_; }

 private:
  static QString describe(const QString& model, const QString& version, const QString& device);

  ModelCard card_;
  std::unique_ptr<TorchInference> inference_;
};

}  // namespace heaorta
