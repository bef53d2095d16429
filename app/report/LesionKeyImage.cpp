#include "app/report/LesionKeyImage.h"

#include "app/report/ReportDocument.h"
#include "core/quant/ResultPresenter.h"

#include <QPainter>
#include <algorithm>

namespace heaorta {
namespace {

constexpr int kWindowCentre = 40;  // mediastinal window: fat dark, calcium white
constexpr int kWindowWidth = 400;
constexpr double kMarginMm = 25;

QRgb outlineColour(uint8_t label) {
  switch (label) {
    case Heart:
      return qRgb(255, 214, 0);
    case AscendingAorta:
      return qRgb(0, 200, 255);
    case DescendingAorta:
      return qRgb(80, 130, 255);
    default:
      break;
  }
  return qRgb(200, 200, 200);
}

}  // namespace

const CalcifiedLesion* LesionKeyImage::chooseLesion(const QuantResult& result) {
  const CalcifiedLesion* best = nullptr;
  const auto better = [&](const CalcifiedLesion& l) {
    if (!best) return true;
    const bool coronary = l.region == CalciumRegion::Coronary;
    const bool bestCoronary = best->region == CalciumRegion::Coronary;
    if (coronary != bestCoronary) return coronary;
    return l.agatston > best->agatston;
  };
  for (const CalcifiedLesion& l : result.lesions)
    if (l.artery != Artery::Excluded && better(l)) best = &l;
  return best;
}

QImage LesionKeyImage::render(const Volume& ct, const LabelMap& labels, const LesionVoxels& calcium, const CalcifiedLesion& lesion, int widthPx) {
  const ImageGeometry& g = ct.geometry();
  const int k = std::clamp(lesion.peakVoxel[2], 0, g.size[2] - 1);
  const int nx = g.size[0];
  const int ny = g.size[1];
  // The slice in the mediastinal window, with the label outlines.
  QImage slice(nx, ny, QImage::Format_RGB32);
  for (int j = 0; j < ny; ++j) {
    auto* row = reinterpret_cast<QRgb*>(slice.scanLine(j));
    for (int i = 0; i < nx; ++i) {
      const double t = (ct.at(i, j, k) - (kWindowCentre - kWindowWidth / 2.0)) / kWindowWidth;
      const int grey = std::clamp(int(t * 255 + 0.5), 0, 255);
      row[i] = qRgb(grey, grey, grey);
      const uint8_t l = labels.at(i, j, k);
      if (l == 0) continue;
      const bool edge = i == 0 || j == 0 || i == nx - 1 || j == ny - 1 || labels.at(i - 1, j, k) != l || labels.at(i + 1, j, k) != l ||
                        labels.at(i, j - 1, k) != l || labels.at(i, j + 1, k) != l;
      if (edge) row[i] = outlineColour(l);
    }
  }
  // Scored calcium on this slice.
  const std::size_t first = static_cast<std::size_t>(k) * g.sliceVoxelCount();
  const std::size_t last = first + g.sliceVoxelCount();
  for (const auto& [index, code] : calcium.voxels) {
    if (index < first || index >= last) continue;
    const std::size_t inSlice = index - first;
    const bool aortic = code == QuantificationEngine::kAscendingLesion || code == QuantificationEngine::kDescendingLesion;
    slice.setPixel(int(inSlice % nx), int(inSlice / nx), aortic ? qRgb(255, 140, 0) : qRgb(230, 20, 20));
  }
  // Crop to the labelled anatomy on this slice (the whole slice without labels), with a margin.
  int x0 = nx, y0 = ny, x1 = -1, y1 = -1;
  for (int j = 0; j < ny; ++j)
    for (int i = 0; i < nx; ++i)
      if (labels.at(i, j, k) != 0) {
        x0 = std::min(x0, i), x1 = std::max(x1, i), y0 = std::min(y0, j), y1 = std::max(y1, j);
      }
  if (x1 < 0) x0 = 0, y0 = 0, x1 = nx - 1, y1 = ny - 1;
  const int mx = int(kMarginMm / g.spacing[0]);
  const int my = int(kMarginMm / g.spacing[1]);
  const QRect crop = QRect(QPoint(x0 - mx, y0 - my), QPoint(x1 + mx, y1 + my)).intersected(slice.rect());
  // Radiological display: +x (patient left) to the right, +y (posterior) down.
  QImage shown = slice.copy(crop).mirrored(g.direction(0, 0) < 0, g.direction(1, 1) < 0);
  const double aspect = (crop.height() * g.spacing[1]) / (crop.width() * g.spacing[0]);
  QImage out = shown.scaled(widthPx, std::max(1, int(widthPx * aspect)), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  // Ring the lesion and mark the sides.
  QPainter p(&out);
  p.setRenderHint(QPainter::Antialiasing);
  const double sx = double(out.width()) / crop.width();
  const double sy = double(out.height()) / crop.height();
  double cx = (lesion.centroidIndex.x() - crop.left() + 0.5) * sx;
  double cy = (lesion.centroidIndex.y() - crop.top() + 0.5) * sy;
  if (g.direction(0, 0) < 0) cx = out.width() - cx;
  if (g.direction(1, 1) < 0) cy = out.height() - cy;
  const double radius = std::max(12.0, 8.0 / g.spacing[0] * sx);
  p.setPen(QPen(QColor(255, 60, 60), std::max(2, widthPx / 250)));
  p.drawEllipse(QPointF(cx, cy), radius, radius);
  QFont font = ReportDocument::font(10);
  font.setPixelSize(std::max(10, widthPx / 28));
  font.setBold(true);
  p.setFont(font);
  const int pad = widthPx / 60;
  // Labels on a dark plate: the spine or a bright rib may lie under them.
  const auto label = [&](const QString& text, Qt::Alignment where) {
    const QRect box = p.boundingRect(out.rect().adjusted(pad, pad, -pad, -pad), int(where), text).adjusted(-3, -1, 3, 1);
    p.fillRect(box, QColor(0, 0, 0, 170));
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
  };
  label(tr("R", "patient's right"), Qt::AlignLeft | Qt::AlignVCenter);
  label(tr("L", "patient's left"), Qt::AlignRight | Qt::AlignVCenter);
  label(tr("Slice %1").arg(k + 1), Qt::AlignLeft | Qt::AlignTop);
  return out;
}

QString LesionKeyImage::caption(const QuantResult& result, const CalcifiedLesion& lesion) {
  return tr("%1. Coronary calcium red, aortic calcium orange; heart outlined yellow, aorta blue.")
      .arg(ResultPresenter(result).lesionDescription(lesion));
}

void LesionKeyImage::addTo(ReportContent& content, const Volume& ct, const LabelMap& labels, const LesionVoxels& calcium) {
  const CalcifiedLesion* lesion = chooseLesion(content.result);
  if (!lesion) return;
  content.lesionImage = render(ct, labels, calcium, *lesion, 900);
  content.lesionCaption = caption(content.result, *lesion);
  content.keySlice = lesion->peakVoxel[2];
}

}  // namespace heaorta
