"""The plane view: the network over a lattice of the input plane, and its small layers' neurons."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

GRID = 100  # the plane is drawn from GRID x GRID points
THUMB = 25  # each neuron's map on the canvas is THUMB x THUMB


@dataclass
class PlanePayload:
    # grid[row, col, k]: row follows x2 (bottom to top), col follows x1; classification gives
    # class probabilities (binary: [1-p, p]), regression a single value channel
    grid: np.ndarray
    extent: tuple[float, float, float, float]  # (x1min, x1max, x2min, x2max)
    # TensorFlow Playground's neurons: the Input's features and each small Dense layer's units
    # over the plane, node id -> (units, THUMB, THUMB), scaled into -1..1
    neuron_maps: dict[int, np.ndarray] = field(default_factory=dict)
