"""Train/test splitting shared by every data set."""

from __future__ import annotations

import math

import numpy as np

from playground.core.datasets import DataError
from playground.core.i18n import translate


def train_count(n: int, train_ratio: float) -> int:
    """How many of `n` shuffled samples train; both sides keep at least one sample.

    TFP rounds down (Math.floor); we do the same, then keep one sample on each side so that
    test metrics always exist.
    """
    if n < 2:
        if n == 1:
            template = translate("split", "Only {n} sample would be used: at least 2 are needed (one to train on, "
                                          "one to test on). Raise the sample limit.")
        else:
            template = translate("split", "Only {n} samples would be used: at least 2 are needed (one to train on, "
                                          "one to test on). Raise the sample limit.")
        raise DataError(template.format(n=n))
    return min(max(math.floor(n * train_ratio), 1), n - 1)


def shuffled_split(n: int, train_ratio: float,
                   rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the train and test samples after a seeded shuffle of range(n)."""
    order = rng.permutation(n)
    k = train_count(n, train_ratio)
    return order[:k], order[k:]
