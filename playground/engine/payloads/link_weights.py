"""The weights of small Dense layers, drawn on the canvas as one line per weight."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class LinkWeightsPayload:
    weights: dict[int, np.ndarray] = field(default_factory=dict)  # node id -> (units, inputs)
    grads: dict[int, np.ndarray] = field(default_factory=dict)  # their last gradient, where there is one
