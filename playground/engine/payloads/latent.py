"""The code view of an autoencoder: each test sample's bottleneck code in a plane, and with a
2-unit code, what the decoder makes of each point of that plane."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class LatentPayload:
    # (n, 2) float32: the code itself when it has 2 units, else its first two principal components;
    # (0, 2) when the code is not a number (a diverged network)
    points: np.ndarray
    units: int  # the bottleneck's width
    # each principal component's share of the code's variance; None when `points` is the code
    explained: tuple[float, float] | None = None
    labels: np.ndarray | None = None  # (n,) int64 class of each sample; None: the data keeps none
    class_names: list[str] = field(default_factory=list)
    # 2-unit codes: the decoder's output over a grid x grid lattice spanning the points' range,
    # uint8 over the data's value range (0 = its lowest value, 255 its highest), row-major with
    # row 0 at the top (the highest unit-2 value) and column 0 at the left (the lowest unit-1 value);
    # (grid * grid, C, H, W) for images, (grid * grid, D) otherwise
    manifold: np.ndarray | None = None
    grid: int = 0
    extent: tuple[float, float, float, float] | None = None  # (u1 min, u1 max, u2 min, u2 max) it spans
