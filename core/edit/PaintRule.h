#pragma once

#include <cstdint>
#include <optional>

namespace heaorta {

enum class EditMode : uint8_t { Add, Erase };

// Which voxels a paint may overwrite.
enum class PaintOver : uint8_t {
  All,             // any label
  BackgroundOnly,  // only unlabelled voxels: other structures stay as they are
  OneLabel,        // only background and the chosen label `overLabel`
};

// How a region is applied: add the active label, or erase it. Erase clears the active label only
// (with PaintOver::All it clears every label). An HU range limits both to voxels inside it.
struct PaintRule {
  uint8_t label = 1;
  EditMode mode = EditMode::Add;
  PaintOver over = PaintOver::All;
  uint8_t overLabel = 0;
  std::optional<int> minHu;
  std::optional<int> maxHu;

  bool huAllows(int hu) const { return (!minHu || hu >= *minHu) && (!maxHu || hu <= *maxHu); }
  // The value a voxel holding `current` takes, or `current` when the rule leaves it alone.
  uint8_t resultFor(uint8_t current) const {
    if (mode == EditMode::Erase) return (over == PaintOver::All || current == label) ? uint8_t(0) : current;
    switch (over) {
      case PaintOver::All:
        return label;
      case PaintOver::BackgroundOnly:
        return current == 0 ? label : current;
      case PaintOver::OneLabel:
        return (current == 0 || current == overLabel) ? label : current;
    }
    return current;
  }
};

}  // namespace heaorta
