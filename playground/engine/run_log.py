"""What `playground train` records while it trains, for `--csv FILE` and `--tensorboard DIR`: a
point every `every` steps (the loss and metrics on the capped live sets, as the window's curves
score them; the learning rate; for TensorBoard also each layer's weights and gradients), and
the final metrics on the whole sets."""

from __future__ import annotations

from pathlib import Path

from playground.core.curves_csv import CurveRow, write_curves_csv
from playground.engine.probes import LIVE_EVAL_LIMIT
from playground.engine.tensorboard import write_point
from playground.engine.trainer import Metrics, Trainer
from playground.engine.views.results import regression_scores

POINTS = 100  # points over a run when --log-every is not given


def default_interval(total_steps: int) -> int:
    return max(1, -(-total_steps // POINTS))


class RunLog:
    def __init__(self, every: int, tensorboard=None):
        self.every = every
        self.tensorboard = tensorboard  # a SummaryWriter, or None
        self.rows: list[CurveRow] = []

    def steps_to_next(self, step: int) -> int:
        """Steps from `step` to the next point to record."""
        return self.every - step % self.every

    def due(self, step: int) -> bool:
        return step % self.every == 0 and (not self.rows or self.rows[-1].step != step)

    def record(self, trainer: Trainer) -> None:
        metrics = trainer.evaluate(limit=LIVE_EVAL_LIMIT)
        row = _row(trainer, metrics)
        self.rows.append(row)
        if self.tensorboard is not None:
            write_point(self.tensorboard, trainer, row)

    def finish(self, trainer: Trainer) -> None:
        """The curves end where the run ended, even between two points."""
        if not self.rows or self.rows[-1].step != trainer.step_count:
            self.record(trainer)
        if self.tensorboard is not None:
            self.tensorboard.close()

    def write_csv(self, path: str | Path, trainer: Trainer, metrics: Metrics) -> None:
        """The points and the final metrics (`metrics`, on the whole sets); raises OSError."""
        final = _row(trainer, metrics)
        classification = trainer.objective.classification
        if not classification:
            for part, (x, y) in (("train", (trainer.tensors.x_train, trainer.tensors.y_train)),
                                 ("test", (trainer.tensors.x_test, trainer.tensors.y_test))):
                if len(y):
                    mae, r2 = (float(v) for v in regression_scores(trainer.predict(x), y))
                    setattr(final, f"{part}_mae", mae)
                    setattr(final, f"{part}_r2", r2)
        write_curves_csv(path, self.rows, final, classification)


def _row(trainer: Trainer, metrics: Metrics) -> CurveRow:
    return CurveRow(step=trainer.step_count, epoch=trainer.epoch, train_loss=metrics.train_loss,
                    test_loss=metrics.test_loss, train_accuracy=metrics.train_accuracy,
                    test_accuracy=metrics.test_accuracy,
                    learning_rate=float(trainer.optimizer.param_groups[0]["lr"]))

