"""The torch half of each optimizer in catalog.OPTIMIZERS: how to make it, and how its settings
map onto torch's param_group keys so they can change between steps without losing its state."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import torch

Values = Mapping[str, Any]


def _no_new_state(optimizer: torch.optim.Optimizer) -> None:
    """Optimizers whose step copes with any live change of its settings as it is."""


@dataclass(frozen=True)
class TorchOptimizer:
    make: Callable[[Iterable[torch.nn.Parameter], float, Values], torch.optim.Optimizer]
    group_values: Callable[[Values], dict[str, Any]]  # param_group keys, for live changes
    # after a live change: adds the state a setting turned on mid-run needs (torch makes some
    # state only at the first step, from the settings of that moment)
    complete_state: Callable[[torch.optim.Optimizer], None] = _no_new_state


def _nesterov(extra: Values) -> bool:
    return extra["nesterov"] and extra["momentum"] > 0  # torch refuses nesterov without momentum


def _betas(extra: Values) -> tuple[float, float]:
    return extra["beta1"], extra["beta2"]


def _rmsprop_momentum_buffers(optimizer: torch.optim.Optimizer) -> None:
    """torch's RMSprop makes `momentum_buffer` at the first step only if momentum is on then, and
    raises KeyError at the next step when momentum is turned on later: the buffer starts at zero
    (as the fused path's does, engine/fused/optimizers.py)."""
    for group in optimizer.param_groups:
        if group["momentum"] <= 0:
            continue
        for p in group["params"]:
            state = optimizer.state.get(p)
            if state and "momentum_buffer" not in state:
                state["momentum_buffer"] = torch.zeros_like(p, memory_format=torch.preserve_format)


def _as_given(extra: Values) -> dict[str, Any]:
    """For optimizers whose settings already carry torch's names."""
    return dict(extra)


OPTIMIZERS: dict[str, TorchOptimizer] = {
    "sgd": TorchOptimizer(
        lambda params, lr, extra: torch.optim.SGD(params, lr=lr, momentum=extra["momentum"],
                                                  nesterov=_nesterov(extra)),
        lambda extra: {"momentum": extra["momentum"], "nesterov": _nesterov(extra)}),
    "adam": TorchOptimizer(
        lambda params, lr, extra: torch.optim.Adam(params, lr=lr, betas=_betas(extra), eps=extra["eps"]),
        lambda extra: {"betas": _betas(extra), "eps": extra["eps"]}),
    "adamw": TorchOptimizer(
        lambda params, lr, extra: torch.optim.AdamW(params, lr=lr, betas=_betas(extra),
                                                    weight_decay=extra["weight_decay"]),
        lambda extra: {"betas": _betas(extra), "weight_decay": extra["weight_decay"]}),
    "rmsprop": TorchOptimizer(
        lambda params, lr, extra: torch.optim.RMSprop(params, lr=lr, alpha=extra["alpha"],
                                                      momentum=extra["momentum"]),
        _as_given, _rmsprop_momentum_buffers),
    "adagrad": TorchOptimizer(
        lambda params, lr, extra: torch.optim.Adagrad(params, lr=lr, lr_decay=extra["lr_decay"]),
        _as_given),
}
