"""What the trainer publishes for the GUI: plain numbers and numpy copies, never live tensors.

This module imports numpy only, so the GUI process can receive snapshots without torch.
"""

from __future__ import annotations

import math

from dataclasses import dataclass, field
from typing import Any

import numpy as np

# Run states, as shown in the window.
IDLE, RUNNING, PAUSED, FINISHED, DIVERGED, FAILED = "idle", "running", "paused", "finished", "diverged", "failed"


@dataclass
class Snapshot:
    step: int  # optimizer steps taken since the run was (re)built
    epoch: float  # steps / steps_per_epoch: fractional while an epoch is under way
    steps_per_epoch: int
    train_loss: float  # over the whole training set (mean loss, without regularization)
    test_loss: float
    train_accuracy: float | None  # classification only, 0..1
    test_accuracy: float | None
    state: str = RUNNING
    message: str = ""  # why a run stopped (divergence, epoch limit, error)
    device: str = "cpu"
    steps_per_second: float = 0.0
    learning_rate: float = 0.0  # what the optimizer uses now (live changes show up here)
    # per parameterised layer, in build order, named like the canvas ("Dense 3")
    layer_ids: list[int] = field(default_factory=list)
    layer_names: list[str] = field(default_factory=list)
    grad_norms: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    weight_norms: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    # view name -> that view's payload (playground/engine/payloads/NAME.py), for the views the
    # run's task gets; a view with a publishing interval is absent from the snapshots between
    views: dict[str, Any] = field(default_factory=dict)

    @property
    def is_classification(self) -> bool:
        return self.train_accuracy is not None


# A loss this many times its value at step 0 (and above BLOW_UP_FLOOR) means the run is
# diverging even while it stays finite: e.g. tanh units saturated by a learning rate of 100
# make the loss bounce between 40 and 100 for ever, which the non-finite guard never sees.
BLOW_UP_RATIO = 20.0
BLOW_UP_FLOOR = 5.0


def loss_blew_up(start: float | None, now: float) -> bool:
    """Whether a training loss of `now`, after `start` at step 0, says the run diverged."""
    if start is None or not math.isfinite(start) or not math.isfinite(now):
        return False
    return now > BLOW_UP_FLOOR and now > BLOW_UP_RATIO * max(start, 1e-12)



@dataclass
class RunError:
    """The worker could not build or run the project (shown in the window, never a traceback)."""

    message: str
    detail: str = ""  # the technical cause, for the log


@dataclass
class RunStatus:
    """A change of state without new numbers (paused, warm, reset)."""

    state: str
    message: str = ""
    device: str = ""
