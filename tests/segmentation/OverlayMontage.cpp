#include "tests/segmentation/OverlayMontage.h"

#include <QPainter>
#include <algorithm>

namespace heaorta::test {
namespace {

QRgb colourOf(uint8_t label) {
  switch (label) {
    case Heart:
      return qRgb(255, 60, 60);
    case AscendingAorta:
      return qRgb(255, 170, 0);
    case DescendingAorta:
      return qRgb(40, 150, 255);
    default:
      return qRgb(200, 0, 200);
  }
}

// One plane as an image: `at(u, v)` gives (hu, label, reference label).
template <typename F>
QImage plane(int width, int height, F at, double aspect) {
  QImage image(width, height, QImage::Format_RGB32);
  for (int v = 0; v < height; ++v)
    for (int u = 0; u < width; ++u) {
      const auto [hu, label, ref] = at(u, v);
      const int grey = std::clamp((hu + 160) * 255 / 400, 0, 255);
      image.setPixel(u, v, qRgb(grey, grey, grey));
      if (ref) image.setPixel(u, v, qRgb(grey / 2, std::min(255, grey / 2 + 120), grey / 2));
      if (label) {
        const QRgb c = colourOf(static_cast<uint8_t>(label));
        image.setPixel(u, v, qRgb((grey + qRed(c)) / 2, (grey + qGreen(c)) / 2, (grey + qBlue(c)) / 2));
      }
    }
  return aspect == 1.0 ? image : image.scaled(width, static_cast<int>(height * aspect));
}

}  // namespace

QImage overlayMontage(const Volume& ct, const LabelMap& labels, const LabelMap* reference, int columns) {
  const Index3 s = ct.size();
  const ImageGeometry& g = ct.geometry();
  int k0 = s[2], k1 = -1;
  Eigen::Vector3d centre = Eigen::Vector3d::Zero();
  double n = 0;
  for (int k = 0; k < s[2]; ++k)
    for (int j = 0; j < s[1]; j += 2)
      for (int i = 0; i < s[0]; i += 2)
        if (labels.at(i, j, k) || (reference && reference->at(i, j, k))) {
          k0 = std::min(k0, k);
          k1 = std::max(k1, k);
          centre += Eigen::Vector3d(i, j, k);
          ++n;
        }
  if (n == 0) {
    k0 = 0;
    k1 = s[2] - 1;
    centre = Eigen::Vector3d(s[0] / 2, s[1] / 2, s[2] / 2);
    n = 1;
  }
  centre /= n;
  const int rows = 3;
  const int tiles = columns * rows;
  std::vector<QImage> images;
  for (int t = 0; t < tiles; ++t) {
    const int k = k0 + (k1 - k0) * t / std::max(1, tiles - 1);
    images.push_back(plane(
                         s[0], s[1],
                         [&](int u, int v) {
                           return std::make_tuple(static_cast<int>(ct.at(u, v, k)), static_cast<int>(labels.at(u, v, k)),
                                                  reference ? static_cast<int>(reference->at(u, v, k)) : 0);
                         },
                         1.0)
                         .scaled(256, 256 * s[1] / s[0]));
  }
  const double zAspect = g.spacing[2] / g.spacing[0];
  const int jc = static_cast<int>(centre.y()), ic = static_cast<int>(centre.x());
  QImage coronal = plane(
      s[0], s[2],
      [&](int u, int v) {
        const int k = s[2] - 1 - v;
        return std::make_tuple(static_cast<int>(ct.at(u, jc, k)), static_cast<int>(labels.at(u, jc, k)),
                               reference ? static_cast<int>(reference->at(u, jc, k)) : 0);
      },
      zAspect);
  QImage sagittal = plane(
      s[1], s[2],
      [&](int u, int v) {
        const int k = s[2] - 1 - v;
        return std::make_tuple(static_cast<int>(ct.at(ic, u, k)), static_cast<int>(labels.at(ic, u, k)),
                               reference ? static_cast<int>(reference->at(ic, u, k)) : 0);
      },
      zAspect);
  const int tileW = 256, tileH = images.front().height();
  const int reformH = 384;
  coronal = coronal.scaled(tileW * columns / 2, reformH, Qt::KeepAspectRatio);
  sagittal = sagittal.scaled(tileW * columns / 2, reformH, Qt::KeepAspectRatio);
  QImage montage(tileW * columns, tileH * rows + reformH, QImage::Format_RGB32);
  montage.fill(Qt::black);
  QPainter p(&montage);
  for (int t = 0; t < tiles; ++t) p.drawImage((t % columns) * tileW, (t / columns) * tileH, images[static_cast<std::size_t>(t)]);
  p.drawImage(0, tileH * rows, coronal);
  p.drawImage(tileW * columns / 2, tileH * rows, sagittal);
  return montage;
}

}  // namespace heaorta::test
