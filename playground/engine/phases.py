"""One training step in slow motion, as the window receives it: numpy only (the window
unpickles it without torch). The torch side is Trainer.phased_step (engine/trainer.py).

A step is four phases, each sent when the user asks for the next: the forward pass (every
layer's output), the loss, the backward pass (each layer's gradient norm) and the update (how
far each layer's weights moved). Each phase carries the numbers of the ones before it.

A GAN's step is a round (GanTrainer.phased_step, engine/gan.py): for each of D's k steps five
phases (GAN_PHASES: G generates a batch from noise, D scores real and fake, D's loss, gradients,
update), then the same five for each of G's steps (D scores the fake batch only, its weights held
still). `network` says whose half a phase is in ("D" or "G"), `turn` which of that network's steps
it belongs to; the weights of D move at D's updates and G's at G's, the round ends at G's last update.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

PHASES = ("forward", "loss", "backward", "update")
GAN_PHASES = ("generate", "score", "loss", "backward", "update")  # each of D's and G's steps in a round
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
    # a GAN's round only
    network: str = ""  # "D" or "G": whose half of the round this phase is in ("" for one network)
    turn: int = 1  # that network's step within the round (D step `turn` of `turns`)
    turns: int = 1
    round_index: int = 0  # this phase's place in the round, and the round's number of phases
    round_length: int = 0
    real_score: float | None = None  # D's mean score on the batch's real samples (1 = sure it is real)
    fake_score: float | None = None  # on its fake samples

    @property
    def index(self) -> int:
        return self.round_index if self.network else PHASES.index(self.name)

    @property
    def total(self) -> int:
        """The phases in the step (a GAN: in the round)."""
        return self.round_length if self.network else len(PHASES)

    @property
    def last(self) -> bool:
        """The step (a GAN: the round) is done with this phase."""
        return self.index == self.total - 1
