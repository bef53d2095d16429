#pragma once

#include <QCoreApplication>
#include <filesystem>

namespace heaorta {

// Our own look at a MetaImage header before MetaIO parses it. MetaIO sizes its DimSize, spacing and
// offset reads by NDims without bounds: with `NDims = -3` its parser spins until it is killed (the
// program's header child waited 2 x 30 s for it). An NDims that no image has is refused here, at
// once. Everything else is left to MetaIO in a child (VolumeFileIO).
class MetaImageHeaderCheck {
  Q_DECLARE_TR_FUNCTIONS(heaorta::MetaImageHeaderCheck)

 public:
  static constexpr long kMaxDimensions = 16;
  // Throws HeaortaError(InvalidInput) for an NDims below 0 or above kMaxDimensions, or not a number.
  static void check(const std::filesystem::path& file);
};

}  // namespace heaorta
