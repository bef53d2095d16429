"""HeaortaNet: the architecture of the NTUH heart/aorta segmenter, as published in its model card.

SegResNet-style encoder/decoder (Myronenko 2018): residual blocks with group normalisation (8
groups), initial filters 32, blocks down 1, 2, 2, 4 and up 2, 2, 2; attention gates on the skip
connections; a variational auto-encoder branch used only to regularise training. Input: one CT
channel, window 224 x 224 x 144 (x, y, z); output: 3 sigmoid channels (heart, ascending aorta,
descending aorta). The trained weights are not public: this file lets the workstation build the
same network (e.g. untrained, for speed tests) and run any model that follows the contract.
"""
import torch
from torch import nn
import torch.nn.functional as F


def norm(channels: int) -> nn.GroupNorm:
    return nn.GroupNorm(min(8, channels), channels)


class ResidualBlock(nn.Module):
    """GN - ReLU - 3x3x3 conv, twice, plus the identity."""

    def __init__(self, channels: int):
        super().__init__()
        self.norm1 = norm(channels)
        self.conv1 = nn.Conv3d(channels, channels, 3, padding=1, bias=False)
        self.norm2 = norm(channels)
        self.conv2 = nn.Conv3d(channels, channels, 3, padding=1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv1(F.relu(self.norm1(x)))
        y = self.conv2(F.relu(self.norm2(y)))
        return x + y


class AttentionGate(nn.Module):
    """Additive attention (Oktay 2018): the decoder signal decides which skip features pass."""

    def __init__(self, channels: int):
        super().__init__()
        inner = max(1, channels // 2)
        self.gate = nn.Conv3d(channels, inner, 1)
        self.skip = nn.Conv3d(channels, inner, 1)
        self.psi = nn.Conv3d(inner, 1, 1)

    def forward(self, skip: torch.Tensor, gating: torch.Tensor) -> torch.Tensor:
        alpha = torch.sigmoid(self.psi(F.relu(self.gate(gating) + self.skip(skip))))
        return skip * alpha


class VaeBranch(nn.Module):
    """Reconstructs the input crop from the bottleneck during training (Myronenko 2018); the
    reconstruction loss regularises the encoder. Not part of inference. Sized for 160^3 crops."""

    def __init__(self, channels: int, crop: int = 160, levels: int = 4, latent: int = 128):
        super().__init__()
        self.side = crop // 2 ** (levels - 1) // 2
        self.reduce = nn.Sequential(norm(channels), nn.ReLU(), nn.Conv3d(channels, 16, 3, stride=2, padding=1))
        self.to_latent = nn.Linear(16 * self.side ** 3, 2 * latent)
        self.from_latent = nn.Linear(latent, 16 * self.side ** 3)
        layers = [nn.Conv3d(16, channels, 1), nn.Upsample(scale_factor=2.0, mode="trilinear")]
        for _ in range(levels - 1):
            layers += [nn.Conv3d(channels, channels // 2, 1), nn.Upsample(scale_factor=2.0, mode="trilinear"),
                       ResidualBlock(channels // 2)]
            channels //= 2
        layers += [nn.Conv3d(channels, 1, 1)]
        self.decode = nn.Sequential(*layers)
        self.latent = latent

    def forward(self, x: torch.Tensor):
        z = self.to_latent(torch.flatten(self.reduce(x), 1))
        mu, log_var = z[:, : self.latent], z[:, self.latent :]
        sample = mu + torch.randn_like(mu) * torch.exp(0.5 * log_var)
        recon = self.decode(self.from_latent(sample).view(-1, 16, self.side, self.side, self.side))
        return recon, mu, log_var


class HeaortaNet(nn.Module):
    def __init__(self, in_channels: int = 1, out_channels: int = 3, init_filters: int = 32,
                 blocks_down=(1, 2, 2, 4), blocks_up=(2, 2, 2), with_vae: bool = False):
        super().__init__()
        f = init_filters
        self.conv_init = nn.Conv3d(in_channels, f, 3, padding=1, bias=False)
        self.down = nn.ModuleList()
        self.encoder = nn.ModuleList()
        channels = f
        for level, count in enumerate(blocks_down):
            self.down.append(nn.Identity() if level == 0 else nn.Conv3d(channels // 2, channels, 3, stride=2, padding=1, bias=False))
            self.encoder.append(nn.Sequential(*[ResidualBlock(channels) for _ in range(count)]))
            channels *= 2
        channels //= 2
        self.up_conv = nn.ModuleList()
        self.gates = nn.ModuleList()
        self.decoder = nn.ModuleList()
        for count in blocks_up:
            self.up_conv.append(nn.Conv3d(channels, channels // 2, 1, bias=False))
            channels //= 2
            self.gates.append(AttentionGate(channels))
            self.decoder.append(nn.Sequential(*[ResidualBlock(channels) for _ in range(count)]))
        self.head = nn.Sequential(norm(channels), nn.ReLU(), nn.Conv3d(channels, out_channels, 1))
        self.vae = VaeBranch(f * 2 ** (len(blocks_down) - 1)) if with_vae else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv_init(x)
        skips = []
        for down, block in zip(self.down, self.encoder):
            x = block(down(x))
            skips.append(x)
        skips.pop()
        for up, gate, block in zip(self.up_conv, self.gates, self.decoder):
            x = F.interpolate(up(x), scale_factor=2.0, mode="trilinear", align_corners=False)
            skip = skips.pop()
            x = block(x + gate(skip, x))
        return self.head(x)  # logits; the model card says to apply a sigmoid


def parameter_count(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
