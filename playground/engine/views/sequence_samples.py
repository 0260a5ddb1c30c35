"""The sequence-samples probe: the first test sequences with the class the network gives each.

No forward pass of its own: the snapshot's evaluation already scored these sequences (the test
part of `eval_outputs` starts with the same first test samples `test_samples` gives).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from playground.engine.payloads.sequence_samples import SequenceSamplesPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy

N_SAMPLES = 12  # a 4 x 3 grid: each plot still readable on a projector


@dataclass
class HeldOut:
    """The first sequences of the test set (the training set when there is none) and the
    network's outputs for them, from the snapshot's own evaluation."""

    x: torch.Tensor  # (n, steps, features)
    y: torch.Tensor  # (n, ...) targets
    out: torch.Tensor  # (n, ...) the network's outputs
    scored_out: torch.Tensor  # every output the snapshot scored on that set (up to its cap)
    scored_y: torch.Tensor
    is_test: bool


def held_out(context: ProbeContext, n: int) -> HeldOut:
    out, y = context.eval_outputs("test")
    is_test = len(out) > 0
    if not is_test:  # test_samples falls back to the training set in the same way
        out, y = context.eval_outputs("train")
    x, _ = context.test_samples(n)
    k = len(x)
    return HeldOut(x, y[:k], out[:k], out, y, is_test)


def first_feature(x: torch.Tensor) -> np.ndarray:
    """(n, steps, features) -> (n, steps) float32 numpy of the first feature."""
    return to_numpy(x[..., 0]).copy()


class SequenceSamplesProbe(ViewProbe):
    name = "sequence_samples"
    interval = 0.25  # the grid's titles need not change 30 times a second

    def collect(self) -> SequenceSamplesPayload:
        part = held_out(self.context, N_SAMPLES)
        probs = self.trainer.objective.probabilities(part.out)
        confidence, predicted = probs.max(dim=-1)
        return SequenceSamplesPayload(
            inputs=first_feature(part.x),
            labels=part.y.cpu().numpy().astype(np.int64),
            predicted=predicted.cpu().numpy().astype(np.int64),
            confidence=to_numpy(confidence),
            class_names=list(self.trainer.data.class_names),
            held_out=part.is_test)


PROBE = SequenceSamplesProbe
