"""Train/test splitting shared by every data set."""

from __future__ import annotations

import math

import numpy as np

from playground.core.datasets import DataError


def train_count(n: int, train_ratio: float) -> int:
    """How many of `n` shuffled samples train; both sides keep at least one sample.

    TFP rounds down (Math.floor); we do the same, then keep one sample on each side so that
    test metrics always exist.
    """
    if n < 2:
        raise DataError(f"Only {n} sample{'s' if n != 1 else ''} would be used: at least 2 are "
                        "needed (one to train on, one to test on). Raise the sample limit.")
    return min(max(math.floor(n * train_ratio), 1), n - 1)


def shuffled_split(n: int, train_ratio: float,
                   rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the train and test samples after a seeded shuffle of range(n)."""
    order = rng.permutation(n)
    k = train_count(n, train_ratio)
    return order[:k], order[k:]
