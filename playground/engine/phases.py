"""One training step in slow motion, as the window receives it: numpy only (the window
unpickles it without torch). The torch side is Trainer.phased_step (engine/trainer.py).

A step is four phases, each sent when the user asks for the next: the forward pass (every
layer's output), the loss, the backward pass (each layer's gradient norm) and the update (how
far each layer's weights moved). Each phase carries the numbers of the ones before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

PHASES = ("forward", "loss", "backward", "update")
MAX_VALUES = 4096  # values of one sample's activation kept per layer (a conv map can be large)


@dataclass
class Phase:
    name: str  # one of PHASES
    step: int  # the step this phase belongs to (the trainer's step count before it)
    batch_size: int
    # node id -> that layer's output for the batch's first sample (flattened, at most MAX_VALUES)
    activations: dict[int, np.ndarray] = field(default_factory=dict)
    # node id -> mean |output| over the whole batch
    activation_means: dict[int, float] = field(default_factory=dict)
    loss: float | None = None  # the batch loss, without the regularization term
    penalty: float | None = None  # the regularization term added to it (None: no regularization)
    grad_norms: dict[int, float] = field(default_factory=dict)  # node id -> ||gradient|| of its weights
    weight_changes: dict[int, float] = field(default_factory=dict)  # node id -> ||weights after - before||
    learning_rate: float = 0.0

    @property
    def index(self) -> int:
        return PHASES.index(self.name)

    @property
    def last(self) -> bool:
        return self.name == PHASES[-1]
