"""Batch and layer normalization, on features, sequences and images."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder


class SequenceBatchNorm(nn.Module):
    """BatchNorm over the features of a (batch, steps, features) sequence."""

    def __init__(self, features: int, momentum: float):
        super().__init__()
        self.norm = nn.BatchNorm1d(features, momentum=momentum)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.norm(x.transpose(1, 2)).transpose(1, 2)


def _batch_norm(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    shape = in_shapes[0]
    if len(shape) == 3:
        return nn.BatchNorm2d(shape[0], momentum=p["momentum"])
    if len(shape) == 2:
        return SequenceBatchNorm(shape[-1], p["momentum"])
    return nn.BatchNorm1d(shape[-1], momentum=p["momentum"])


def _layer_norm(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    shape = in_shapes[0]
    return nn.LayerNorm(tuple(shape) if len(shape) == 3 else shape[-1], eps=p["eps"])


BUILDERS: dict[str, Builder] = {"BatchNorm": _batch_norm, "LayerNorm": _layer_norm}
