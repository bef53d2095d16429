#include "segmentation/anatomy/AnatomicalSegmenter.h"

#include "core/util/Error.h"
#include "segmentation/anatomy/AnalysisGrid.h"
#include "segmentation/anatomy/AortaTracker.h"
#include "segmentation/anatomy/HeartSegmenter.h"
#include "segmentation/anatomy/ThoraxAnalysis.h"

#include <chrono>

namespace heaorta {

QString AnatomicalSegmenter::describe() { return tr("Anatomical fallback segmenter (no model installed)"); }

QString AnatomicalSegmenter::name() const { return describe(); }

SegmentationResult AnatomicalSegmenter::segment(const Volume& ct, ProgressSink& progress) {
  const auto start = std::chrono::steady_clock::now();
  SegmentationResult out;
  out.segmenter = &AnatomicalSegmenter::describe;
  out.segmenterKey = QStringLiteral("anatomical-fallback");
  out.notices.push_back(Notice::translatable(QStringLiteral("fallback-segmenter"), [] {
    return tr("The masks were made by the anatomical fallback segmenter, not by a trained model: check them before relying on the numbers.");
  }));

  progress.report(0.02, tr("Preparing the analysis grid"));
  const AnalysisGrid grid(ct);
  const Volume& v = grid.volume();
  throwIfCancelled(progress);
  progress.report(0.1, tr("Finding body, lungs and spine"));
  const ThoraxAnalysis thorax = ThoraxAnalysis::analyse(v, ct.metadata().contrastAgentRecorded());
  if (thorax.firstThoracicSlice < 0) throw HeaortaError(ErrorCode::Unsupported, tr("No lungs were found: the fallback segmenter needs a chest CT."));
  throwIfCancelled(progress);
  progress.report(0.3, tr("Tracking the aorta"));
  const AortaTracker::Result aorta = AortaTracker::track(v, thorax);
  throwIfCancelled(progress);
  progress.report(0.6, tr("Outlining the heart"));
  const HeartSegmenter::Result heart = HeartSegmenter::segment(v, thorax, aorta);
  throwIfCancelled(progress);

  out.contrastDetected = thorax.contrast || aorta.lumenMeanHu > 150;
  if (out.contrastDetected)
    out.notices.push_back(Notice::translatable(QStringLiteral("contrast-detected"), [percent = thorax.contrastFraction * 100] {
      return tr("Contrast-enhanced CT detected (%1 % of the mediastinum above 150 HU): the fallback segmenter and calcium scoring are defined for "
                "non-contrast CT.")
          .arg(percent, 0, 'f', 0);
    }));
  if (aorta.descending.empty())
    out.notices.push_back(Notice::translatable(QStringLiteral("aorta-not-found"),
                                               [] { return tr("The descending aorta was not found; no aorta and no heart labels were made."); }));
  else if (aorta.ascending.empty() && heart.topFromCarina)
    out.notices.push_back(Notice::translatable(QStringLiteral("ascending-aorta-not-found"), [] {
      return tr(
          "The ascending aorta was not found; the top of the heart label is set 2 cm below the carina (the tracheal bifurcation): check it at the "
          "pulmonary trunk.");
    }));
  else if (aorta.ascending.empty() && !heart.topUnplaced)  // else scan-starts-below-arch says it, precisely
    out.notices.push_back(Notice::translatable(QStringLiteral("ascending-aorta-not-found"), [] {
      return tr("The ascending aorta was not found; the top of the heart label is estimated and may include the great vessels.");
    }));
  if (!aorta.descending.empty() && !aorta.ascending.empty() && !aorta.archFound)
    out.notices.push_back(Notice::translatable(QStringLiteral("aortic-arch-not-found"), [] {
      return tr("The aortic arch is not in the scan or was not found; the aorta labels may be incomplete at the top.");
    }));
  if (heart.topUnplaced)
    out.notices.push_back(Notice::translatable(QStringLiteral("scan-starts-below-arch"), [] {
      return tr(
          "The scan starts below the aortic arch and the carina was not found: the top of the heart label could not be placed by them and "
          "may include the great vessels or miss the top of the heart; check it at the pulmonary trunk.");
    }));
  if (!heart.diaphragmFitted && !aorta.descending.empty())
    out.notices.push_back(Notice::translatable(QStringLiteral("diaphragm-not-fitted"),
                                               [] { return tr("The diaphragm could not be fitted; the heart label may extend into the liver."); }));

  progress.report(0.8, tr("Removing bone"));
  LabelMap coarse(v.geometry());
  for (std::size_t q = 0; q < coarse.voxels().size(); ++q) {
    if (heart.heart.voxels()[q]) coarse.voxels()[q] = Heart;
    if (aorta.ascendingMask.voxels()[q]) coarse.voxels()[q] = AscendingAorta;
    if (aorta.descendingMask.voxels()[q]) coarse.voxels()[q] = DescendingAorta;
  }
  Mask organs(v.geometry(), 0);
  for (std::size_t q = 0; q < organs.voxels().size(); ++q) organs.voxels()[q] = coarse.voxels()[q] ? 1 : 0;
  const Mask bone = BoneMaskBuilder::build(v, thorax, organs);

  progress.report(0.9, tr("Mapping the labels to the CT grid"));
  out.labels = grid.toCtGrid(coarse);
  out.bone = grid.toCtGrid(bone);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  progress.report(1.0, tr("Segmentation finished"));
  return out;
}

}  // namespace heaorta
