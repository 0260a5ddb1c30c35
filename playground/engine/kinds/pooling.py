"""Max and average pooling."""

from __future__ import annotations

from collections.abc import Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder


def _max_pool(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return nn.MaxPool2d(p["pool_size"])


def _avg_pool(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return nn.AvgPool2d(p["pool_size"])


BUILDERS: dict[str, Builder] = {"MaxPool2D": _max_pool, "AvgPool2D": _avg_pool}
