"""The confusion view: how often each true class is predicted as each class."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class ConfusionPayload:
    counts: np.ndarray  # (K, K) int64: counts[true, predicted]
    class_names: tuple[str, ...]
    available: int  # samples in the whole set; counts.sum() of them were scored (the live cap)
    part: str = "test"  # the set scored: "train" when there is no test set

    @property
    def scored(self) -> int:
        return int(self.counts.sum())

    @property
    def accuracy(self) -> float:
        """Share of the scored samples predicted right (NaN when none were scored)."""
        total = self.scored
        return float(np.trace(self.counts) / total) if total else float("nan")

    @property
    def recall(self) -> np.ndarray:
        """(K,) each true class's share predicted right (NaN for a class with no sample)."""
        rows = self.counts.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.diag(self.counts) / rows
