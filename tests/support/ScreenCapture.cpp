#include "tests/support/ScreenCapture.h"

#include <QProcess>

namespace heaorta::test {

QImage captureScreen() {
  QProcess xwd;
  xwd.start(QStringLiteral("xwd"), {QStringLiteral("-root"), QStringLiteral("-silent")});
  if (!xwd.waitForFinished(30000)) return {};
  const QByteArray d = xwd.readAllStandardOutput();
  if (d.size() < 100) return {};
  const auto* bytes = reinterpret_cast<const unsigned char*>(d.constData());
  const auto field = [&](int i) {  // the header: 25 big-endian 32-bit fields
    const unsigned char* p = bytes + 4 * i;
    return static_cast<int>((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]);
  };
  const int headerSize = field(0), width = field(4), height = field(5), bitsPerPixel = field(11), bytesPerLine = field(12), colours = field(19);
  const int offset = headerSize + colours * 12;
  if (width <= 0 || height <= 0 || d.size() < offset + qint64(height) * bytesPerLine) return {};
  // Xvfb at depth 24 writes three bytes a pixel (blue, green, red) in lines padded to four a pixel.
  const int bytesPerPixel = bitsPerPixel == 32 ? 4 : 3;
  QImage image(width, height, QImage::Format_RGB32);
  for (int y = 0; y < height; ++y) {
    const unsigned char* line = bytes + offset + qint64(y) * bytesPerLine;
    auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < width; ++x, line += bytesPerPixel) out[x] = qRgb(line[2], line[1], line[0]);
  }
  return image;
}

}  // namespace heaorta::test
