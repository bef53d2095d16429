"""Builds HeaortaNet (untrained unless --weights is given), saves it as TorchScript and writes the
model card beside it, with the SHA-256 of the saved file.

    python3 segmentation/python/export_model.py --out /tmp/heaortanet.pt [--init-filters 32]
"""
import argparse
import hashlib
import json
import pathlib

import torch

from heaortanet import HeaortaNet, parameter_count


def write_card(model_path: pathlib.Path, card: dict) -> None:
    card["weights_sha256"] = hashlib.sha256(model_path.read_bytes()).hexdigest()
    model_path.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n")


def heaortanet_card(name: str, filters: int, params: int, window) -> dict:
    return {
        "name": name,
        "version": "0.0-untrained" if name.endswith("untrained") else "1.0",
        "architecture": f"HeaortaNet (SegResNet-style, attention gates), init filters {filters}, {params} parameters",
        "input": {"spacing_mm": [1.5, 1.5, 2.0], "orientation": "LPS",
                  "normalization": {"type": "zscore_nonzero"}},
        "window": list(window),
        "overlap": 0.25,
        "output": {"activation": "sigmoid", "threshold": 0.5,
                   "channels": ["heart", "ascending_aorta", "descending_aorta"]},
        "trained": False,
        "note": "Untrained weights: for speed tests only; its masks mean nothing.",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, type=pathlib.Path)
    parser.add_argument("--init-filters", type=int, default=32)
    parser.add_argument("--weights", type=pathlib.Path, help="a state dict to load")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--window", type=int, nargs=3, default=[224, 224, 144], metavar=("X", "Y", "Z"),
                        help="sliding-window size written into the card (multiples of 8)")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = HeaortaNet(init_filters=args.init_filters).eval()
    if args.weights:
        model.load_state_dict(torch.load(args.weights, map_location="cpu"), strict=False)
    scripted = torch.jit.script(model)
    scripted.save(str(args.out))
    params = parameter_count(model)
    with_vae = parameter_count(HeaortaNet(init_filters=args.init_filters, with_vae=True))
    write_card(args.out, heaortanet_card("HeaortaNet-untrained" if not args.weights else "HeaortaNet", args.init_filters, params,
                                         args.window))
    print(f"saved {args.out}: {params} parameters for inference, {with_vae} with the training-only VAE branch")


if __name__ == "__main__":
    main()
