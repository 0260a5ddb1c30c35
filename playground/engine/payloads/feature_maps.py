"""The feature-maps view (CNN Explainer): what each Conv2D and pooling layer makes of one image."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

MAX_MAPS = 16  # channels shown per layer: the first ones, so the same maps stay in view as it trains


@dataclass
class MapLayer:
    node_id: int
    label: str  # the canvas label, "Conv2D 3"
    shape: tuple[int, int, int]  # the layer's whole output, (channels, height, width)
    maps: np.ndarray  # (shown, height, width) float32: its first MAX_MAPS channels, as computed

    @property
    def hidden(self) -> int:
        """Channels left out of `maps`."""
        return self.shape[0] - len(self.maps)


@dataclass
class FeatureMapsPayload:
    sample: int  # index into the test samples
    n_samples: int  # how many test samples there are to choose from
    image: np.ndarray  # (channels, height, width) float32: the input, as the network sees it
    layers: list[MapLayer] = field(default_factory=list)  # in build order
    # classification: the class names, the sample's class and the network's probabilities
    class_names: list[str] = field(default_factory=list)
    label: int = -1
    probabilities: np.ndarray | None = None  # (K,) float32
    # other targets: the network's output for the sample, (channels, height, width) when the
    # network gives back an image (an autoencoder), else flat float32 values
    output: np.ndarray | None = None
