"""The fully connected layer."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.datasets import describe_shape
from playground.core.kinds.activations import activation_param
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, bias_param, init_param, only_input
from playground.core.params import Param, params


def _shape(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    if len(shape) == 3:
        raise ShapeProblem(f"Dense needs features but receives {describe_shape(shape)}: add a "
                           "Flatten layer before it.")
    units = p["units"]
    return (*shape[:-1], units), shape[-1] * units + (units if p["bias"] else 0)


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    return f"{p['units']} unit{'s' if p['units'] != 1 else ''} \u00b7 {p['activation']}"


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Dense", "Layers", "Fully connected layer: every output unit sees every input feature.",
             params(
                 Param("units", "int", 8, "Number of output units (neurons).", 1, 4096),
                 activation_param("Tanh"), bias_param(), init_param()),
             _shape, _card_text),
)
