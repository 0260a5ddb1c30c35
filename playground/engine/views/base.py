"""What every view probe is given and must do.

A probe is made once per run (when the network is built) and asked for a payload each time a
snapshot is published: the only time views cost anything. A probe with an `interval` is asked
at most that often (heavier views such as feature maps need not move 30 times a second); the
UI keeps drawing the last payload it got.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import torch
from torch import nn

from playground.core.task import Task
from playground.engine.build import output_module
from playground.engine.trainer import Trainer


class ProbeContext:
    """The run a probe looks at, and the pieces several probes share."""

    def __init__(self, trainer: Trainer, task: Task):
        self.trainer = trainer
        self.task = task
        self.device = trainer.device

    @property
    def model(self):
        return self.trainer.model

    def module(self, node_id: int) -> nn.Module:
        """The torch module of a canvas node."""
        return self.trainer.model.layers[str(node_id)]

    def test_samples(self, n: int) -> tuple[torch.Tensor, torch.Tensor]:
        """The first `n` test samples (or training samples when there is no test set): the test
        split is already shuffled, and the same samples every time keep the views steady."""
        t = self.trainer.tensors
        x, y = (t.x_test, t.y_test) if len(t.x_test) else (t.x_train, t.y_train)
        return x[:n], y[:n]

    def eval_outputs(self, part: str = "test") -> tuple[torch.Tensor, torch.Tensor]:
        """The network's outputs and the targets from this snapshot's live evaluation, for the
        capped `part` ("train" or "test"); no second forward pass."""
        if self.trainer.last_eval is None:
            self.trainer.evaluate(limit=2048)
        out, y, n_train = self.trainer.last_eval
        return (out[:n_train], y[:n_train]) if part == "train" else (out[n_train:], y[n_train:])

    @torch.no_grad()
    def capture(self, x: torch.Tensor, node_ids: tuple[int, ...] | list[int],
                inner: bool = False) -> tuple[torch.Tensor, dict[int, torch.Tensor]]:
        """The network's output on `x` and the outputs of the given layers, by node id.

        `inner` hooks the layer module itself rather than the submodule that gives its output
        (e.g. a recurrent layer's torch RNN, whose output holds every step's hidden state)."""
        captured: dict[int, Any] = {}
        handles = []
        for nid in node_ids:
            module = self.module(nid)
            target = _inner(module) if inner else output_module(module)
            handles.append(target.register_forward_hook(
                lambda m, i, o, nid=nid: captured.__setitem__(nid, o)))
        try:
            out = self.trainer.predict(x, chunk=max(1, len(x)))  # one pass: one output per hook
        finally:
            for h in handles:
                h.remove()
        return out, captured

    @torch.no_grad()
    def run_from(self, node_id: int, values: torch.Tensor) -> torch.Tensor:
        """The network's output when layer `node_id` outputs `values` (e.g. a decoder fed points
        of an autoencoder's code plane): runs the layers after it in build order."""
        model = self.trainer.model
        if self.trainer._mode_matters:
            model.eval()
        known: dict[int, torch.Tensor] = {node_id: values}
        index = [s.node_id for s in model.steps].index(node_id)
        for step in model.steps[index + 1:]:
            if not all(s in known for s in step.sources):
                continue  # a branch that does not start at node_id
            module = model.layers[step.key]
            known[step.node_id] = module(*[known[s] for s in step.sources])
        if model.output_id not in known:
            raise ValueError(f"the output does not follow from node {node_id} alone")
        return known[model.output_id]


def _inner(module: nn.Module) -> nn.Module:
    return getattr(module, "rnn", module)


def to_numpy(t: torch.Tensor) -> np.ndarray:
    return t.detach().float().cpu().numpy()


class ViewProbe:
    """Turns the live model into one view's payload. Subclasses set `name` and `collect`."""

    name: ClassVar[str]
    interval: ClassVar[float] = 0.0  # seconds: at most this often (0: every snapshot)

    def __init__(self, context: ProbeContext):
        self.context = context
        self.trainer = context.trainer
        self.task = context.task
        self._last = -float("inf")

    def due(self, now: float) -> bool:
        return now - self._last >= self.interval

    def payload(self, now: float) -> Any:
        self._last = now
        return self.collect()

    def configure(self, **options: Any) -> None:
        """A choice made in the view's widget (e.g. `sample=3`): takes effect from the next payload.
        Views without choices ignore it."""

    def collect(self) -> Any:
        raise NotImplementedError
