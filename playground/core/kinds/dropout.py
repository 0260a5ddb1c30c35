"""Dropout: a regulariser that keeps the shape."""

from __future__ import annotations

from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Values, same_shape
from playground.core.params import Param, params


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    return translate("kinds", "drops {rate:.0%}").format(rate=p["rate"])


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Dropout", "Layers", translate_later("catalog", "During training, zeroes a random fraction of values "
                                                  "to fight over-fitting; does nothing at test time."),
             params(Param("rate", "float", 0.5, translate_later("catalog", "Fraction of values dropped while training."),
                          0.0, 0.95, decimals=2, label=translate_later("catalog", "Rate"))),
             same_shape, _card_text),
)
