"""Dropout: a regulariser that keeps the shape."""

from __future__ import annotations

from playground.core.kinds.base import KindSpec, Values, same_shape
from playground.core.params import Param, params


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    return f"drops {p['rate']:.0%}"


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Dropout", "Layers", "During training, zeroes a random fraction of values to fight "
             "over-fitting; does nothing at test time.",
             params(Param("rate", "float", 0.5, "Fraction of values dropped while training.", 0.0, 0.95,
                          decimals=2)),
             same_shape, _card_text),
)
