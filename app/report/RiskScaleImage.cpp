#include "app/report/RiskScaleImage.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <array>

namespace heaorta {
namespace {

constexpr std::array<RiskTier, 5> kTiers{RiskTier::Low, RiskTier::Borderline, RiskTier::Intermediate, RiskTier::High, RiskTier::VeryHigh};
const std::array<QColor, 5> kColours{QColor(0x2e, 0x7d, 0x32), QColor(0x9e, 0x9d, 0x24), QColor(0xf9, 0xa8, 0x25), QColor(0xef, 0x6c, 0x00),
                                     QColor(0xc6, 0x28, 0x28)};

}  // namespace

double RiskScaleImage::position(double agatston) {
  const auto within = [](int tier, double t) { return (tier + std::clamp(t, 0.05, 0.95)) / 5.0; };
  if (agatston <= 0) return within(0, 0.5);
  if (agatston < 100) return within(1, agatston / 100);
  if (agatston < 400) return within(2, (agatston - 100) / 300);
  if (agatston < 1000) return within(3, (agatston - 400) / 600);
  return within(4, (agatston - 1000) / 2000);
}

QImage RiskScaleImage::render(const QuantResult& result, bool verdictGiven, int widthPx) {
  const int height = widthPx * 16 / 100;
  QImage image(widthPx, height, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  const double segment = widthPx / 5.0;
  const double barTop = height * 0.32;
  const double barHeight = height * 0.30;
  QFont font = p.font();
  font.setPixelSize(std::max(8, int(height * 0.14)));
  p.setFont(font);
  for (int t = 0; t < 5; ++t) {
    const QColor colour = verdictGiven ? kColours[t] : QColor::fromHsv(0, 0, 150 + 15 * t);
    const QRectF bar(t * segment + 1, barTop, segment - 2, barHeight);
    p.fillRect(bar, colour);
    const bool mine = verdictGiven && result.risk.tier == kTiers[t];
    p.setPen(mine ? Qt::black : QColor(70, 70, 70));
    QFont label = font;
    label.setBold(mine);
    p.setFont(label);
    p.drawText(QRectF(t * segment, barTop + barHeight + 2, segment, height - barTop - barHeight - 2),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               RiskAssessment::name(kTiers[t]) + QLatin1Char('\n') + RiskAssessment::scoreRange(kTiers[t]));
  }
  if (verdictGiven) {
    // A downward triangle over the patient's place on the scale.
    const double x = position(result.coronary().agatston) * widthPx;
    const double size = barTop * 0.8;
    QPainterPath marker;
    marker.moveTo(x, barTop - 2);
    marker.lineTo(x - size * 0.6, barTop - 2 - size);
    marker.lineTo(x + size * 0.6, barTop - 2 - size);
    marker.closeSubpath();
    p.fillPath(marker, Qt::black);
  }
  return image;
}

}  // namespace heaorta
