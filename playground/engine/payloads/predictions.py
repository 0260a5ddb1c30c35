"""The predictions view: a few test images with the class the network gives each and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class PredictionsPayload:
    # (N, C, H, W) uint8: the samples scaled to 0..255 over one range shared by all of them, so a
    # faint image stays faint. Sent with every payload: the window only hands a view the latest
    # snapshot of a burst, so images sent once could be lost; at 24 CIFAR images it is 74 KB.
    images: np.ndarray
    truth: np.ndarray  # (N,) int64 true classes
    predicted: np.ndarray  # (N,) int64 the most probable class
    confidence: np.ndarray  # (N,) float32 the predicted class's probability, 0..1 (NaN: diverged)
    class_names: tuple[str, ...]
    part: str = "test"  # which set the samples are from: "train" when there is no test set

    @property
    def wrong(self) -> np.ndarray:
        return self.predicted != self.truth
