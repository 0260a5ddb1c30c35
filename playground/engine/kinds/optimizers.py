"""The torch half of each optimizer in catalog.OPTIMIZERS: how to make it, and how its settings
map onto torch's param_group keys so they can change between steps without losing its state."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import torch

Values = Mapping[str, Any]


@dataclass(frozen=True)
class TorchOptimizer:
    make: Callable[[Iterable[torch.nn.Parameter], float, Values], torch.optim.Optimizer]
    group_values: Callable[[Values], dict[str, Any]]  # param_group keys, for live changes


def _nesterov(extra: Values) -> bool:
    return extra["nesterov"] and extra["momentum"] > 0  # torch refuses nesterov without momentum


def _betas(extra: Values) -> tuple[float, float]:
    return extra["beta1"], extra["beta2"]


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
        _as_given),
    "adagrad": TorchOptimizer(
        lambda params, lr, extra: torch.optim.Adagrad(params, lr=lr, lr_decay=extra["lr_decay"]),
        _as_given),
}
