"""The results view: the run's loss and metrics on each set, like Keras' `evaluate`."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class SetResult:
    part: str  # "train" | "test"
    scored: int  # samples scored (the live evaluation caps each set)
    available: int  # samples in the whole set
    loss: float  # without regularization, as the loss curves show it
    accuracy: float | None = None  # classification, 0..1
    mae: float | None = None  # regression and reconstruction
    r2: float | None = None

    @property
    def capped(self) -> bool:
        return self.scored < self.available


@dataclass
class ResultsPayload:
    step: int
    epoch: float
    loss_name: str  # the loss as the training settings name it ("Cross-entropy")
    sets: list[SetResult] = field(default_factory=list)  # train, then test when there is one
    # classification: per class on `class_part`, (K,) each; empty otherwise
    class_names: tuple[str, ...] = ()
    precision: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # NaN: never predicted
    recall: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))  # NaN: no sample
    support: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # samples of each true class
    class_part: str = "test"
