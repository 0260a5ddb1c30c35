"""One training step for a chain of Dense layers and elementwise activations, written by hand in
numpy: forward, the loss's gradient, backward, L1/L2, and the optimizer's update, over the flat
buffers that the torch module shares (params.py). Measured on the bench's reference problem
(2-8-8-1 tanh, batch 10): numpy takes ~50 us a step where the same step in torch ops without
autograd takes ~180 us and torch with autograd ~500 us (a loaded 2-core machine): for networks this
small each library call's overhead is the cost, and numpy's is the smallest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from playground.core.settings import TrainSettings
from playground.engine.fused.activations import Activation
from playground.engine.fused.losses import FusedLoss
from playground.engine.fused.optimizers import UPDATES, FlatState, supported
from playground.engine.fused.params import FlatParams


@dataclass(frozen=True)
class Dense:
    weight_t: np.ndarray  # (in, out): the weight transposed, a view of the flat buffer
    weight: np.ndarray  # (out, in)
    bias: np.ndarray | None
    grad_weight: np.ndarray
    grad_bias: np.ndarray | None


Op = Dense | Activation


class FusedStep:
    """The hand-written step of one trainer's network; the torch module shares its buffers."""

    def __init__(self, ops: list[Op], flat: FlatParams, loss: FusedLoss, x: np.ndarray,
                 settings: TrainSettings):
        self.ops, self.flat, self.loss, self.x, self.settings = ops, flat, loss, x, settings
        self.first_dense = next(i for i, op in enumerate(ops) if isinstance(op, Dense))
        self._state: FlatState | None = None

    def step(self, idx: torch.Tensor, optimizer: torch.optim.Optimizer,
             after_backward: Sequence[Callable[[], None]] = ()) -> torch.Tensor:
        """One step on the samples `idx`: the gradients (then `after_backward`, which can read them
        in the parameters' `.grad`), then the optimizer's update. Returns the batch loss without
        the regularization penalty, as the autograd path reports it."""
        with np.errstate(all="ignore"):  # a diverging run makes inf and NaN: the trainer's guard acts
            loss = self._gradients(idx.numpy())
            for hook in after_backward:
                hook()
            self._update(optimizer)
        return torch.from_numpy(np.asarray(loss))

    def _gradients(self, rows: np.ndarray) -> np.ndarray:
        values = [self.x[rows]]  # each op's input, then the output
        for op in self.ops:
            h = values[-1]
            if type(op) is Dense:
                h = h @ op.weight_t
                if op.bias is not None:
                    h += op.bias
            else:
                h = op.forward(h)
            values.append(h)
        loss, g = self.loss.value_and_grad(values[-1], self.loss.targets[rows])
        for i in range(len(self.ops) - 1, self.first_dense - 1, -1):
            op = self.ops[i]
            if type(op) is Dense:
                np.matmul(g.T, values[i], out=op.grad_weight)
                if op.bias is not None:
                    np.add.reduce(g, axis=0, out=op.grad_bias)
                if i > self.first_dense:
                    g = g @ op.weight
            else:
                g = op.backward(g, values[i], values[i + 1])
        self._regularize()
        return loss

    def _regularize(self) -> None:
        kind, rate = self.settings.regularization, self.settings.regularization_rate
        if kind == "none" or rate == 0:
            return
        n = self.flat.n_weights
        w, g = self.flat.values[:n], self.flat.grads[:n]
        if kind == "l1":
            g += np.sign(w) * np.float32(rate)  # the gradient of rate * sum |w|
        else:
            g += (w * np.float32(rate)) * 2  # of rate * sum w^2, summed as autograd does

    def _update(self, optimizer: torch.optim.Optimizer) -> None:
        """The optimizer's step on the flat buffers. A new optimizer object (another kind, or one
        made afresh after a divergence) starts from its own, empty, state."""
        state = self._state
        if state is None or state.optimizer is not optimizer:
            if not supported(optimizer):  # torch's own step on the same memory
                optimizer.step()
                return
            state = self._state = FlatState(optimizer, self.flat)
        UPDATES[type(optimizer)](state, optimizer.param_groups[0], self.flat.values, self.flat.grads)
