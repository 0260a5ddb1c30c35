"""Activation functions, as layers and as the second half of a Dense or Conv2D block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from torch import nn

from playground.core.kinds.activations import ACTIVATIONS
from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder

_PLAIN = {
    "Linear": nn.Identity, "ReLU": nn.ReLU, "GELU": nn.GELU, "SiLU": nn.SiLU, "Tanh": nn.Tanh,
    "Sigmoid": nn.Sigmoid, "Softplus": nn.Softplus,
}


def activation_module(name: str, params: Mapping[str, Any] | None = None) -> nn.Module:
    # Dense and Conv2D pass no params: their activation parameter picks a function, not its settings
    params = params or {}
    if name == "LeakyReLU":
        return nn.LeakyReLU(params.get("negative_slope", 0.01))
    if name == "ELU":
        return nn.ELU(params.get("alpha", 1.0))
    if name == "Softmax":
        return nn.Softmax(dim=-1)
    return _PLAIN[name]()


def _build(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return activation_module(kind, p)


BUILDERS: dict[str, Builder] = {name: _build for name in ACTIVATIONS}
