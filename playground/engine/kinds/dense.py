"""The fully connected layer."""

from __future__ import annotations

from collections.abc import Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder
from playground.engine.kinds.weights import weighted_block


def _dense(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return weighted_block(nn.Linear(in_shapes[0][-1], p["units"], bias=p["bias"]), p)


BUILDERS: dict[str, Builder] = {"Dense": _dense}
