"""The unit-weights view: each unit of the first Dense layer fed by an image, its incoming
weights laid out as that image (what the unit looks for)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_UNITS = 32  # units shown, the first ones


@dataclass
class UnitWeightsPayload:
    node_id: int
    label: str  # the canvas label, "Dense 4"
    # (units shown, height, width) float32; a colour image's weights are averaged over its
    # channels (one picture per unit, in the same colours as a grey image's)
    weights: np.ndarray
    units: int  # units of the layer in all
    channels: int  # channels of the input image (1: grey; 3: the images are channel means)
    scale: float  # the largest |weight| shown: one symmetric colour scale for all units

    @property
    def hidden(self) -> int:
        return self.units - len(self.weights)
