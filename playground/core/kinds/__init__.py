"""The registry of layer kinds: one KindSpec per kind, found by its name.

A family module lists its kinds in SPECS; the order here is the palette's order within a group.
"""

from __future__ import annotations

from playground.core.kinds import activations, conv, dense, dropout, gan, io, merge, norm, pooling, recurrent, reshape
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, registry

_FAMILIES = (io, gan, dense, dropout, reshape, conv, pooling, recurrent, norm, merge, activations)

KINDS: dict[str, KindSpec] = registry(((spec.kind, spec) for family in _FAMILIES for spec in family.SPECS),
                                      "spec")

__all__ = ["KINDS", "KindSpec", "Shape", "ShapeProblem"]
