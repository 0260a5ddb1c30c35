"""Layers that only rearrange values."""

from __future__ import annotations

from collections.abc import Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder


def _flatten(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return nn.Flatten()


BUILDERS: dict[str, Builder] = {"Flatten": _flatten}
