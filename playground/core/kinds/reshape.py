"""Layers that only rearrange values."""

from __future__ import annotations

import math
from collections.abc import Sequence

from playground.core.i18n import translate_later
from playground.core.kinds.base import KindSpec, Shape, Values, fixed_text, only_input
from playground.core.params import params


def _flatten(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    return (math.prod(only_input(kind, inputs)),), 0


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Flatten", "Layers", translate_later("catalog", "Turns an image or a sequence into one long feature "
                                                  "vector."),
             params(), _flatten, fixed_text(translate_later("kinds", "to one vector"))),
)
