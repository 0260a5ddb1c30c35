"""The fully connected layer."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.datasets import describe_shape
from playground.core.i18n import translate, translate_later
from playground.core.kinds.activations import activation_param
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, bias_param, init_param, only_input
from playground.core.params import Param, params


def _shape(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    if len(shape) == 3:
        raise ShapeProblem(translate("kinds", "Dense needs features but receives {shape}: add a Flatten "
                                     "layer before it.").format(shape=describe_shape(shape)))
    units = p["units"]
    return (*shape[:-1], units), shape[-1] * units + (units if p["bias"] else 0)


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    text = (translate("kinds", "{units} unit \u00b7 {activation}") if p["units"] == 1
            else translate("kinds", "{units} units \u00b7 {activation}"))
    return text.format(units=p["units"], activation=p["activation"])


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Dense", "Layers", translate_later("catalog", "Fully connected layer: every output unit sees every "
                                                "input feature."),
             params(
                 Param("units", "int", 8, translate_later("catalog", "Number of output units (neurons)."), 1, 4096,
                       label=translate_later("catalog", "Units")),
                 activation_param("Tanh"), bias_param(), init_param()),
             _shape, _card_text),
)
