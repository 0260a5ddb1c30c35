"""The kernels view: the filters each Conv2D layer has learned."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MAX_FILTERS = 16  # filters (output channels) shown per layer, the first ones
MAX_INPUTS = 8  # input channels shown per filter, the first ones


@dataclass
class KernelLayer:
    node_id: int
    label: str  # the canvas label, "Conv2D 3"
    weights: np.ndarray  # (filters shown, inputs shown, kh, kw) float32
    filters: int  # output channels of the layer in all
    inputs: int  # input channels of the layer in all
    scale: float  # the largest |weight| shown: the layer's one symmetric colour scale

    @property
    def hidden_filters(self) -> int:
        return self.filters - self.weights.shape[0]

    @property
    def hidden_inputs(self) -> int:
        return self.inputs - self.weights.shape[1]


@dataclass
class KernelsPayload:
    layers: list[KernelLayer] = field(default_factory=list)  # in build order
