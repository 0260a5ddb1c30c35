"""The predicted-against-true view of a regression."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class FitPayload:
    true: np.ndarray  # (n,) float32: each scored sample's target (its first value if it has several)
    predicted: np.ndarray  # (n,) float32: the network's prediction of that value
    r2: float  # coefficient of determination of these pairs; NaN when the targets do not vary
    mae: float  # mean absolute error of these pairs
    part: str  # "test", or "training" when the data has no test set
    targets: int = 1  # values per target: only the first is shown when there are several
