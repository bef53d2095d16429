#include "tests/support/Phantom.h"

#include "tests/support/SyntheticDicom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace heaorta::test {
namespace {

ImageGeometry grid(const Index3& size, const Eigen::Vector3d& spacing) {
  ImageGeometry g;
  g.size = size;
  g.spacing = spacing;
  g.origin = {-100, -120, -300};
  return g;
}

}  // namespace

Phantom::Phantom(const Index3& size, const Eigen::Vector3d& spacing, int16_t background)
    : ct(grid(size, spacing), background), labels(grid(size, spacing)) {
  ct.metadata().kvp = 120;
  ct.metadata().sliceThicknessMm = spacing[2];
  ct.metadata().sliceIncrementMm = spacing[2];
}

void Phantom::fillBox(const Index3& lo, const Index3& hi, int16_t hu) {
  for (int k = lo[2]; k <= hi[2]; ++k)
    for (int j = lo[1]; j <= hi[1]; ++j)
      for (int i = lo[0]; i <= hi[0]; ++i) ct.at(i, j, k) = hu;
}

void Phantom::labelBox(const Index3& lo, const Index3& hi, uint8_t label) {
  for (int k = lo[2]; k <= hi[2]; ++k)
    for (int j = lo[1]; j <= hi[1]; ++j)
      for (int i = lo[0]; i <= hi[0]; ++i) labels.at(i, j, k) = label;
}

int Phantom::fillCylinder(double ci, double cj, double radiusMm, int k0, int k1, int16_t hu) {
  const Eigen::Vector3d& s = ct.geometry().spacing;
  int perSlice = 0;
  for (int k = k0; k <= k1; ++k) {
    perSlice = 0;
    for (int j = 0; j < ct.size()[1]; ++j)
      for (int i = 0; i < ct.size()[0]; ++i) {
        const double dx = (i - ci) * s[0], dy = (j - cj) * s[1];
        if (dx * dx + dy * dy <= radiusMm * radiusMm) {
          ct.at(i, j, k) = hu;
          ++perSlice;
        }
      }
  }
  return perSlice;
}

int Phantom::sphereSlicePixels(const Eigen::Vector3d& c, double radiusMm, int k) const {
  const Eigen::Vector3d& s = ct.geometry().spacing;
  int n = 0;
  for (int j = 0; j < ct.size()[1]; ++j)
    for (int i = 0; i < ct.size()[0]; ++i) {
      const Eigen::Vector3d d((i - c[0]) * s[0], (j - c[1]) * s[1], (k - c[2]) * s[2]);
      if (d.squaredNorm() <= radiusMm * radiusMm) ++n;
    }
  return n;
}

int Phantom::fillSphere(const Eigen::Vector3d& c, double radiusMm, int16_t hu) {
  const Eigen::Vector3d& s = ct.geometry().spacing;
  int n = 0;
  for (int k = 0; k < ct.size()[2]; ++k)
    for (int j = 0; j < ct.size()[1]; ++j)
      for (int i = 0; i < ct.size()[0]; ++i) {
        const Eigen::Vector3d d((i - c[0]) * s[0], (j - c[1]) * s[1], (k - c[2]) * s[2]);
        if (d.squaredNorm() <= radiusMm * radiusMm) {
          ct.at(i, j, k) = hu;
          ++n;
        }
      }
  return n;
}

LabelMap handDrawnHeartLabel(const ImageGeometry& geometry) {
  QFile file(QString::fromStdString((sourceDir() / "tests/data/chest-ct-heart-outline.json").string()));
  if (!file.open(QIODevice::ReadOnly)) qFatal("cannot read tests/data/chest-ct-heart-outline.json");
  const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
  LabelMap labels(geometry);
  const auto label = static_cast<uint8_t>(json[QStringLiteral("label")].toInt());
  for (const QJsonValue& e : json[QStringLiteral("ellipses")].toArray()) {
    const QJsonObject o = e.toObject();
    const int k = o[QStringLiteral("slice")].toInt();
    const double ci = o[QStringLiteral("centre")].toArray()[0].toDouble(), cj = o[QStringLiteral("centre")].toArray()[1].toDouble();
    const double ri = o[QStringLiteral("radii")].toArray()[0].toDouble(), rj = o[QStringLiteral("radii")].toArray()[1].toDouble();
    for (int j = 0; j < geometry.size[1]; ++j)
      for (int i = 0; i < geometry.size[0]; ++i) {
        const double u = (i - ci) / ri, v = (j - cj) / rj;
        if (u * u + v * v <= 1.0) labels.at(i, j, k) = label;
      }
  }
  return labels;
}

}  // namespace heaorta::test
