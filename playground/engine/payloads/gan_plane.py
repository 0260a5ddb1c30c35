"""A GAN on the plane, as GAN Lab draws it: D's score over the plane, G's samples with the way
D's score rises at each (its gradient), and G's manifold (a lattice of noise carried through G)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

GRID = 60  # D's score is drawn from GRID x GRID points of the plane
FAKES = 300  # generated samples drawn, from fixed noise
LATTICE = 15  # the manifold: LATTICE x LATTICE noise points (2-D noise) or LATTICE * 8 along a line (1-D)


@dataclass
class GanPlanePayload:
    scores: np.ndarray  # (GRID, GRID) D's score, 0 (fake) .. 1 (real); row follows x2 upward, column x1
    extent: tuple[float, float, float, float]  # (x1min, x1max, x2min, x2max) of the lattice
    fake: np.ndarray  # (FAKES, 2) G's samples
    gradients: np.ndarray  # (FAKES, 2) d(D's score)/dx at each: where G's samples are pushed
    # G over a lattice of noise: (LATTICE, LATTICE, 2) for 2-D noise, (n, 2) along a line for 1-D
    # noise, None for more dimensions (no lattice to draw)
    manifold: np.ndarray | None = None
