"""Weight initialisation for the layers that offer the 'init' parameter (Dense, Conv2D)."""

from __future__ import annotations

import torch
from torch import nn

from playground.core.kinds.base import Values
from playground.engine.kinds.activations import activation_module

# the activations whose gain and kaiming mode are ReLU's; the rest are treated as tanh-like
_RELU_LIKE = ("ReLU", "LeakyReLU", "ELU", "GELU", "SiLU")


def initialise(module: nn.Module, scheme: str, activation: str) -> None:
    if scheme == "default":
        return
    weight = module.weight
    nonlinearity = "relu" if activation in _RELU_LIKE else "tanh"
    with torch.no_grad():
        if scheme == "xavier_uniform":
            nn.init.xavier_uniform_(weight, gain=nn.init.calculate_gain(nonlinearity))
        elif scheme == "xavier_normal":
            nn.init.xavier_normal_(weight, gain=nn.init.calculate_gain(nonlinearity))
        elif scheme == "kaiming_uniform":
            nn.init.kaiming_uniform_(weight, nonlinearity=nonlinearity)
        elif scheme == "kaiming_normal":
            nn.init.kaiming_normal_(weight, nonlinearity=nonlinearity)
        elif scheme == "normal":
            nn.init.normal_(weight, 0.0, 0.1)
        elif scheme == "zeros":
            nn.init.zeros_(weight)
        if getattr(module, "bias", None) is not None:
            nn.init.zeros_(module.bias)


def weighted_block(layer: nn.Module, p: Values) -> nn.Sequential:
    """A Dense or Conv2D layer, initialised, followed by its activation."""
    initialise(layer, p["init"], p["activation"])
    return nn.Sequential(layer, activation_module(p["activation"]))
