"""The reconstructions view of an autoencoder: test samples and what the network gives back."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class ReconstructionsPayload:
    # the first test samples and their reconstructions, the same shape: images (n, C, H, W),
    # or flat vectors (n, D) for anything else
    originals: np.ndarray
    reconstructions: np.ndarray
    levels: tuple[float, float]  # the data's value range: both rows are drawn on this one scale
    error: float  # mean squared error per value over the scored samples (not only those shown)
    scored: int  # how many samples the error is the mean over
    part: str  # "test", or "training" when the data has no test set
