"""Dropout."""

from __future__ import annotations

from collections.abc import Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder


def _dropout(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return nn.Dropout(p["rate"])


BUILDERS: dict[str, Builder] = {"Dropout": _dropout}
