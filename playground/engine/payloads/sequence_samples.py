"""The sequence-samples view of sequence classification: test sequences with the class the
network gives each and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class SequenceSamplesPayload:
    # (n, steps) float32: each test sequence (its first feature; the sequence data sets have one)
    inputs: np.ndarray
    labels: np.ndarray  # (n,) int64: the true class
    predicted: np.ndarray  # (n,) int64: the most likely class
    confidence: np.ndarray  # (n,) float32: the probability of the predicted class
    class_names: list[str]
    held_out: bool = True  # False: there is no test set, the sequences are training ones

    @property
    def wrong(self) -> np.ndarray:
        return self.predicted != self.labels
