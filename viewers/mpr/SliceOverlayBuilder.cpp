#include "viewers/mpr/SliceOverlayBuilder.h"

#include <algorithm>

namespace heaorta {
namespace {

struct Rgba {
  uint8_t r, g, b, a;
};

// "Over" compositing of src onto dst, straight alpha.
void blend(uint8_t* dst, const Rgba& src) {
  const int sa = src.a;
  const int da = dst[3];
  const int outA = sa + da * (255 - sa) / 255;
  if (outA == 0) return;
  for (int c = 0; c < 3; ++c) {
    const int s = (&src.r)[c];
    dst[c] = static_cast<uint8_t>((s * sa + dst[c] * da * (255 - sa) / 255) / outA);
  }
  dst[3] = static_cast<uint8_t>(outA);
}

}  // namespace

void SliceOverlayBuilder::build(const Volume& volume, const LabelMap* labels, int sliceAxis, int slice, const HuHighlight& highlight,
                                const LabelDisplay& display, std::vector<uint8_t>& rgba) {
  const ImageGeometry& g = volume.geometry();
  // In-plane axes in volume order: `fast` varies fastest in memory and in the output.
  const int fast = sliceAxis == 0 ? 1 : 0;
  const int slow = sliceAxis == 2 ? 1 : 2;
  const int nf = g.size[fast];
  const int ns = g.size[slow];
  rgba.assign(static_cast<std::size_t>(nf) * ns * 4, 0);

  std::array<Rgba, 256> colours{};
  for (int l = 1; l < 256; ++l) {
    const LabelAppearance& a = display.appearance(static_cast<uint8_t>(l));
    const int alpha = display.outline ? 255 : static_cast<int>(a.opacity * 255 + 0.5);
    colours[l] = {static_cast<uint8_t>(a.color.red()), static_cast<uint8_t>(a.color.green()), static_cast<uint8_t>(a.color.blue()),
                  static_cast<uint8_t>(a.visible ? alpha : 0)};
  }
  const Rgba highlightColour{static_cast<uint8_t>(highlight.color.red()), static_cast<uint8_t>(highlight.color.green()),
                             static_cast<uint8_t>(highlight.color.blue()), static_cast<uint8_t>(highlight.color.alpha())};

  // Walk the slice with strides straight through the buffers: the sagittal plane touches one
  // voxel per cache line, so per-voxel index arithmetic was most of its cost.
  const std::ptrdiff_t stride[3] = {1, g.size[0], static_cast<std::ptrdiff_t>(g.size[0]) * g.size[1]};
  const std::ptrdiff_t base = slice * stride[sliceAxis];
  const std::ptrdiff_t df = stride[fast];
  const std::ptrdiff_t ds = stride[slow];
  const int16_t* hu = volume.data() + base;
  const uint8_t* lab = labels ? labels->data() + base : nullptr;
  for (int s = 0; s < ns; ++s) {
    uint8_t* px = rgba.data() + static_cast<std::size_t>(s) * nf * 4;
    const std::ptrdiff_t row = s * ds;
    for (int f = 0; f < nf; ++f, px += 4) {
      const std::ptrdiff_t at = row + f * df;
      if (highlight.enabled && hu[at] >= highlight.lowHu && hu[at] <= highlight.highHu) blend(px, highlightColour);
      if (!lab) continue;
      const uint8_t l = lab[at];
      if (l == Background || colours[l].a == 0) continue;
      if (display.outline) {
        const bool border =
            f == 0 || s == 0 || f == nf - 1 || s == ns - 1 || lab[at - df] != l || lab[at + df] != l || lab[at - ds] != l || lab[at + ds] != l;
        if (!border) continue;
      }
      blend(px, colours[l]);
    }
  }
}

}  // namespace heaorta
