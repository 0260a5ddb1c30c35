"""Input and Output: the graph's ends, which hand their sample on unchanged."""

from __future__ import annotations

from collections.abc import Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder


def identity(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    return nn.Identity()


BUILDERS: dict[str, Builder] = {"Input": identity, "Output": identity}
