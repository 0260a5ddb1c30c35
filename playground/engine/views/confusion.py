"""The confusion view's probe: true class against predicted class on the capped test set.

It reuses the outputs of the snapshot's own evaluation (`eval_outputs`): no forward pass.
"""

from __future__ import annotations

import numpy as np
import torch

from playground.engine.payloads.confusion import ConfusionPayload
from playground.engine.trainer import Trainer
from playground.engine.views.base import ProbeContext, ViewProbe


def scored_part(trainer: Trainer) -> str:
    """The set the class views describe: the test set, or the training set when there is none
    (a train ratio of 1), as `ProbeContext.test_samples` does."""
    return "test" if len(trainer.tensors.x_test) else "train"


def set_size(trainer: Trainer, part: str) -> int:
    t = trainer.tensors
    return len(t.y_test if part == "test" else t.y_train)


def predicted_classes(trainer: Trainer, out: torch.Tensor) -> torch.Tensor:
    """The most probable class of each output row, read the way the loss reads the output."""
    return trainer.objective.probabilities(out).argmax(dim=-1)


def confusion_counts(predicted: torch.Tensor, truth: torch.Tensor, n_classes: int) -> torch.Tensor:
    """(K, K) counts[true, predicted]: one bincount instead of K² comparisons."""
    flat = truth.long() * n_classes + predicted.long()
    return torch.bincount(flat, minlength=n_classes * n_classes).reshape(n_classes, n_classes)


class ConfusionProbe(ViewProbe):
    name = "confusion"
    interval = 0.25  # a hundred numbers written in cells: 4 times a second reads as live

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        self.part = scored_part(self.trainer)
        self.available = set_size(self.trainer, self.part)
        self.class_names = tuple(self.trainer.data.class_names)

    def collect(self) -> ConfusionPayload:
        out, y = self.context.eval_outputs(self.part)
        counts = confusion_counts(predicted_classes(self.trainer, out), y, self.task.n_classes)
        return ConfusionPayload(counts.cpu().numpy().astype(np.int64), self.class_names, self.available,
                                self.part)


PROBE = ConfusionProbe
