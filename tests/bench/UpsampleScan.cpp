// Writes a volume trilinearly resampled to a finer grid: a real chest at the size of a thin-slice
// study (e.g. an expert NLST scan at 0.68 mm x 1 mm, 512 x 512 x 334) for whole-process timings of
// `heaorta segment`. Smoother than a scanner's image; the anatomy is real.
//   UpsampleScan <in> <out.nii> <pixel mm> <slice mm>
#include "core/io/VolumeFileIO.h"

#include "core/util/Parallel.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace heaorta;

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: UpsampleScan <in> <out.nii> <pixel mm> <slice mm>\n");
    return 2;
  }
  const Volume in = VolumeFileIO::readVolume(argv[1]);
  const ImageGeometry& s = in.geometry();
  const Eigen::Vector3d spacing(std::atof(argv[3]), std::atof(argv[3]), std::atof(argv[4]));
  ImageGeometry g = s;
  for (int a = 0; a < 3; ++a) {
    g.spacing[a] = spacing[a];
    g.size[a] = static_cast<int>(std::floor((s.size[a] - 1) * s.spacing[a] / spacing[a])) + 1;
  }
  Volume out(g, 0);
  out.metadata() = in.metadata();
  parallelFor(static_cast<std::size_t>(g.size[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    for (int j = 0; j < g.size[1]; ++j)
      for (int i = 0; i < g.size[0]; ++i) {
        const Eigen::Vector3d p(i * spacing[0] / s.spacing[0], j * spacing[1] / s.spacing[1], k * spacing[2] / s.spacing[2]);
        const int i0 = std::min(static_cast<int>(p.x()), s.size[0] - 2), j0 = std::min(static_cast<int>(p.y()), s.size[1] - 2),
                  k0 = std::min(static_cast<int>(p.z()), s.size[2] - 2);
        const double fx = p.x() - i0, fy = p.y() - j0, fz = p.z() - k0;
        double v = 0;
        for (int c = 0; c < 8; ++c) {
          const int di = c & 1, dj = (c >> 1) & 1, dk = (c >> 2) & 1;
          v += (di ? fx : 1 - fx) * (dj ? fy : 1 - fy) * (dk ? fz : 1 - fz) * in.at(i0 + di, j0 + dj, k0 + dk);
        }
        out.at(i, j, k) = static_cast<int16_t>(std::lround(v));
      }
  });
  VolumeFileIO::writeVolume(out, argv[2]);
  std::printf("%d x %d x %d\n", g.size[0], g.size[1], g.size[2]);
  return 0;
}
