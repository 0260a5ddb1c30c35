"""The torch builder of every layer kind, found by the kind's name (the core spec's `kind`)."""

from __future__ import annotations

from playground.core.kinds.base import registry
from playground.engine.kinds import activations, conv, dense, dropout, gan, io, merge, norm, pooling, recurrent, reshape
from playground.engine.kinds.base import Builder

_FAMILIES = (io, gan, dense, dropout, reshape, conv, pooling, recurrent, norm, merge, activations)

BUILDERS: dict[str, Builder] = registry(
    ((kind, builder) for family in _FAMILIES for kind, builder in family.BUILDERS.items()), "torch builder")

__all__ = ["BUILDERS", "Builder"]
