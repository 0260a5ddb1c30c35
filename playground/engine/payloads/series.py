"""The series view of next-value regression: a few test sequences, their true next value and the
network's prediction of it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class SeriesPayload:
    # (n, steps) float32: each shown test sequence's input steps (the sequence data sets have
    # one value per step; a wider sequence shows its first feature)
    inputs: np.ndarray
    target: np.ndarray  # (n,) float32: the true next value of each
    predicted: np.ndarray  # (n,) float32: the network's next value for each
    # mean |predicted - true| over the held-out sequences the snapshot scored (up to 2048)
    mean_error: float
    n_scored: int
    held_out: bool = True  # False: there is no test set, the sequences are training ones
