"""Writes the tiny TorchScript models the tests run through the C++ model runtime.

Each "model" labels voxels by intensity only (after the card's clip_scale normalisation), so a
phantom of known HU gives known masks: the tests can then check resampling, sliding windows,
blending and post-processing exactly.

    python3 segmentation/python/make_test_models.py tests/data/models
"""
import hashlib
import json
import pathlib
import sys

import torch
from torch import nn

HU_MIN, HU_MAX = -1000.0, 1000.0


def to_unit(hu: float) -> float:
    return (hu - HU_MIN) / (HU_MAX - HU_MIN)


class IntensityBands(nn.Module):
    """Channel c is positive where the HU lies within +-15 HU of centres[c] (any of them)."""

    def __init__(self, centres):
        super().__init__()
        width = max(len(c) for c in centres)  # pad by repeating: the minimum distance is unchanged
        self.register_buffer("centres", torch.tensor([[to_unit(h) for h in c + [c[-1]] * (width - len(c))] for c in centres]))
        self.half_width = 15.0 / (HU_MAX - HU_MIN)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        logits = []
        for c in range(self.centres.shape[0]):
            distance = torch.abs(x.unsqueeze(0) - self.centres[c].view(-1, 1, 1, 1, 1, 1)).min(dim=0).values
            logits.append(4000.0 * (self.half_width - distance))
        return torch.cat(logits, dim=1)


def save(model: nn.Module, out: pathlib.Path, channels, window=(48, 40, 16), tamper_checksum=False):
    torch.jit.script(model).save(str(out))
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    if tamper_checksum:
        digest = "0" * 64
    card = {
        "name": f"test-{out.stem}",
        "version": "1",
        "architecture": "intensity bands (test fixture)",
        "input": {"spacing_mm": [1.5, 1.5, 2.0], "orientation": "LPS",
                  "normalization": {"type": "clip_scale", "min": HU_MIN, "max": HU_MAX}},
        "window": list(window),
        "overlap": 0.25,
        "output": {"activation": "sigmoid", "threshold": 0.5, "channels": channels},
        "weights_sha256": digest,
    }
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n")


def main() -> None:
    folder = pathlib.Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    # Heart 45 HU, ascending aorta 115 HU, descending aorta 175 HU.
    save(IntensityBands([[45.0], [115.0], [175.0]]), folder / "intensity-bands.pt",
         ["heart", "ascending_aorta", "descending_aorta"])
    save(IntensityBands([[45.0], [115.0, 175.0]]), folder / "single-aorta.pt", ["heart", "aorta"])
    # Two output channels behind a card that promises three.
    save(IntensityBands([[45.0], [115.0]]), folder / "wrong-channels.pt", ["heart", "ascending_aorta", "descending_aorta"])
    save(IntensityBands([[45.0], [115.0], [175.0]]), folder / "wrong-checksum.pt",
         ["heart", "ascending_aorta", "descending_aorta"], tamper_checksum=True)


if __name__ == "__main__":
    main()
