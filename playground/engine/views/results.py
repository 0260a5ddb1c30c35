"""The results view's probe: loss and metrics of the run as it stands, on each (capped) set,
like Keras' `evaluate`, and per class where there are classes.

Everything is read from the snapshot's own evaluation (`eval_outputs`): no forward pass.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from playground.core.catalog import LOSSES
from playground.engine.payloads.results import ResultsPayload, SetResult
from playground.engine.views.base import ProbeContext, ViewProbe
from playground.engine.views.confusion import confusion_counts, predicted_classes, scored_part, set_size


def regression_scores(out: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Mean absolute error and R² over every target value. With several outputs (a sequence's
    next steps, an image given back) R² weighs each output by its variance, as sklearn's
    "variance_weighted": 1 - all squared errors / all squared deviations from each output's mean."""
    pred = out.reshape(y.shape)  # the loss reads the output in the target's shape too
    err = pred - y
    flat = y.reshape(len(y), -1)
    spread = (flat - flat.mean(dim=0)).square().sum()
    r2 = 1.0 - err.square().sum() / spread
    return err.abs().mean(), torch.where(spread > 0, r2, torch.full_like(r2, math.nan))  # constant targets


def per_class(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall (NaN where undefined) and support of each class from counts[true, predicted]."""
    right = np.diag(counts).astype(np.float64)
    predicted, support = counts.sum(axis=0), counts.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return right / predicted, right / support, support


class ResultsProbe(ViewProbe):
    name = "results"
    interval = 0.5  # a table of figures: read, not watched

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        trainer = self.trainer
        loss = trainer.project.training.loss
        self.loss_name = LOSSES[loss].label if loss in LOSSES else loss
        self.parts = ["train"] + (["test"] if len(trainer.tensors.x_test) else [])
        self.available = {part: set_size(trainer, part) for part in self.parts}
        self.class_part = scored_part(trainer)
        self.class_names = tuple(trainer.data.class_names) if self.task.classification else ()

    @torch.no_grad()
    def collect(self) -> ResultsPayload:
        trainer, objective = self.trainer, self.trainer.objective
        values: list[torch.Tensor] = []  # every figure, fetched with one sync
        scored: list[int] = []
        counts = None
        for part in self.parts:
            out, y = self.context.eval_outputs(part)
            scored.append(len(y))
            values.append(objective(out, y))
            if self.task.classification:
                predicted = predicted_classes(trainer, out)
                values.append((predicted == y).float().mean())
                if part == self.class_part:
                    counts = confusion_counts(predicted, y, self.task.n_classes)
            else:
                values.extend(regression_scores(out, y))
        numbers = torch.stack([v.float().reshape(()) for v in values]).tolist()
        per_set = len(numbers) // len(self.parts)
        sets = []
        for i, part in enumerate(self.parts):
            figures = numbers[i * per_set:(i + 1) * per_set]
            result = SetResult(part, scored[i], self.available[part], figures[0])
            if self.task.classification:
                result.accuracy = figures[1]
            else:
                result.mae, result.r2 = figures[1], figures[2]
            sets.append(result)
        payload = ResultsPayload(trainer.step_count, trainer.epoch, self.loss_name, sets)
        if counts is not None:
            precision, recall, support = per_class(counts.cpu().numpy())
            payload.class_names, payload.class_part = self.class_names, self.class_part
            payload.precision = precision.astype(np.float32)
            payload.recall = recall.astype(np.float32)
            payload.support = support.astype(np.int64)
        return payload


PROBE = ResultsProbe
