"""torch's optimizers (SGD, Adam, AdamW, RMSprop, Adagrad) as numpy updates over one flat buffer.

Each update follows the formulas of torch's single-tensor implementation (torch/optim/*.py, the
one it uses on the CPU), reads its settings from the torch optimizer's param_group at every step
(so live changes of the learning rate or the options apply at once), and keeps its state in that
optimizer's own `state`, in torch's names and shapes: the per-parameter tensors are views of the
flat numpy buffers. Whatever reads the optimizer sees the fused path's moments.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import torch

from playground.engine.fused.params import FlatParams

Array = np.ndarray
Group = Mapping[str, Any]


class FlatState:
    """One optimizer's state as flat buffers (laid out like the parameters), shared with torch."""

    def __init__(self, optimizer: torch.optim.Optimizer, flat: FlatParams):
        self.optimizer, self.flat = optimizer, flat
        self.buffers: dict[str, Array] = {}
        steps = [optimizer.state[p].get("step") for p in flat.params]
        self.step = int(float(steps[0])) if steps[0] is not None else 0
        self._steps: Array | None = None

    def buffer(self, key: str, start: Callable[[], Array] | None = None) -> Array:
        """The flat buffer `key`, made on first use: from torch's tensors when the optimizer
        already has them (Adagrad makes its sums up front), else from `start()`, else zeros."""
        found = self.buffers.get(key)
        if found is not None:
            return found
        state = self.optimizer.state
        existing = [state[p].get(key) for p in self.flat.params]
        if all(isinstance(t, torch.Tensor) for t in existing):
            values = np.concatenate([t.detach().reshape(-1).numpy() for t in existing])
        else:
            values = start() if start is not None else np.zeros_like(self.flat.values)
        values = np.ascontiguousarray(values, dtype=np.float32)
        for p, view in zip(self.flat.params, self.flat.views_of(values)):
            state[p][key] = torch.from_numpy(view)
        self.buffers[key] = values
        return values

    def has(self, key: str) -> bool:
        """Whether the state holds `key` already (made here, or by torch's own steps)."""
        return key in self.buffers or all(
            isinstance(self.optimizer.state[p].get(key), torch.Tensor) for p in self.flat.params)

    def count_step(self) -> int:
        """Adds one to each parameter's 'step' (a float32 tensor, as torch keeps it)."""
        if self._steps is None:
            self._steps = np.full(len(self.flat.params), self.step, dtype=np.float32)
            for i, p in enumerate(self.flat.params):
                self.optimizer.state[p]["step"] = torch.from_numpy(self._steps[i:i + 1]).reshape(())
        self.step += 1
        self._steps += 1
        return self.step


def _with_weight_decay(g: Array, w: Array, decay: float) -> Array:
    return g + w * np.float32(decay) if decay else g


def sgd(state: FlatState, group: Group, w: Array, g: Array) -> None:
    g = _with_weight_decay(g, w, group["weight_decay"])
    momentum = group["momentum"]
    if momentum:
        if state.has("momentum_buffer"):
            buf = state.buffer("momentum_buffer")
            buf *= np.float32(momentum)
            buf += g * np.float32(1 - group["dampening"]) if group["dampening"] else g
        else:  # torch starts the buffer as a copy of the first gradient
            buf = state.buffer("momentum_buffer", lambda: g.copy())
        g = g + buf * np.float32(momentum) if group["nesterov"] else buf
    w -= g * np.float32(group["lr"])


def adam(state: FlatState, group: Group, w: Array, g: Array) -> None:
    """Adam, and AdamW (torch's AdamW is Adam with `decoupled_weight_decay` set in its group)."""
    step = state.count_step()
    lr, (beta1, beta2), decay = group["lr"], group["betas"], group["weight_decay"]
    if decay:
        if group.get("decoupled_weight_decay", False):
            w *= np.float32(1 - lr * decay)
        else:
            g = g + w * np.float32(decay)
    exp_avg, exp_avg_sq = state.buffer("exp_avg"), state.buffer("exp_avg_sq")
    weight = np.float32(1 - beta1)
    if weight < 0.5:  # lerp_, in the form torch's kernel picks for the weight
        exp_avg += (g - exp_avg) * weight
    else:
        exp_avg[...] = g - (g - exp_avg) * (1 - weight)
    exp_avg_sq *= np.float32(beta2)
    exp_avg_sq += np.float32(1 - beta2) * g * g  # addcmul_: value * t1 * t2
    step_size = lr / (1 - beta1 ** step)
    denom = np.sqrt(exp_avg_sq) / np.float32((1 - beta2 ** step) ** 0.5)
    denom += np.float32(group["eps"])
    w -= exp_avg / denom * np.float32(step_size)


def rmsprop(state: FlatState, group: Group, w: Array, g: Array) -> None:
    state.count_step()
    g = _with_weight_decay(g, w, group["weight_decay"])
    alpha = group["alpha"]
    square_avg = state.buffer("square_avg")
    square_avg *= np.float32(alpha)
    square_avg += np.float32(1 - alpha) * g * g
    avg = np.sqrt(square_avg)
    avg += np.float32(group["eps"])
    if group["momentum"] > 0:
        # torch makes this buffer only when momentum is on at the first step (and fails if it
        # is turned on later); here it starts at zero whenever momentum is turned on
        buf = state.buffer("momentum_buffer")
        buf *= np.float32(group["momentum"])
        buf += g / avg
        w -= buf * np.float32(group["lr"])
    else:
        w -= g / avg * np.float32(group["lr"])


def adagrad(state: FlatState, group: Group, w: Array, g: Array) -> None:
    step = state.count_step()
    g = _with_weight_decay(g, w, group["weight_decay"])
    clr = group["lr"] / (1 + (step - 1) * group["lr_decay"])
    total = state.buffer("sum", lambda: np.full_like(w, group["initial_accumulator_value"]))
    total += g * g
    std = np.sqrt(total)
    std += np.float32(group["eps"])
    w -= g / std * np.float32(clr)


Update = Callable[[FlatState, Group, Array, Array], None]

# by torch class: the fused path runs only optimizers listed here, with the options it reads
UPDATES: dict[type, Update] = {
    torch.optim.SGD: sgd, torch.optim.Adam: adam, torch.optim.AdamW: adam,
    torch.optim.RMSprop: rmsprop, torch.optim.Adagrad: adagrad,
}


def supported(optimizer: torch.optim.Optimizer) -> bool:
    """True when the fused update reproduces this optimizer exactly (one group, plain options)."""
    if type(optimizer) not in UPDATES or len(optimizer.param_groups) != 1:
        return False
    group = optimizer.param_groups[0]
    return not (group.get("maximize") or group.get("amsgrad") or group.get("centered")
                or group.get("differentiable") or group.get("fused")
                or isinstance(group["lr"], torch.Tensor))
