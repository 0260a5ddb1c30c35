"""RNN, LSTM and GRU: one shape rule, told apart by their number of gates."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.datasets import describe_shape
from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, only_input
from playground.core.params import Param, params

GATES: dict[str, int] = {"RNN": 1, "GRU": 3, "LSTM": 4}

_PARAMS = params(
    Param("hidden_size", "int", 32, translate_later("catalog", "Size of the hidden state (and of each output step)."),
          1, 1024, label=translate_later("catalog", "Hidden size")),
    Param("num_layers", "int", 1, translate_later("catalog", "Recurrent layers stacked on top of each other."), 1, 4,
          label=translate_later("catalog", "Num layers")),
    Param("return_sequences", "bool", False,
          translate_later("catalog", "Output every time step (T, hidden) instead of only the last one (hidden)."),
          label=translate_later("catalog", "Return sequences")),
    Param("bidirectional", "bool", False,
          translate_later("catalog", "Also read the sequence backwards; doubles the output size."),
          label=translate_later("catalog", "Bidirectional")),
)


def rnn_param_count(kind: str, features: int, hidden: int, layers: int, directions: int) -> int:
    total, width = 0, features
    for _ in range(layers):
        total += directions * GATES[kind] * (width * hidden + hidden * hidden + 2 * hidden)
        width = hidden * directions
    return total


def _shape(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    if len(shape) != 2:
        raise ShapeProblem(translate("kinds", "{kind} needs a sequence (steps, features) but receives {shape}.")
                           .format(kind=kind, shape=describe_shape(shape)))
    steps, features = shape
    directions = 2 if p["bidirectional"] else 1
    hidden = p["hidden_size"] * directions
    count = rnn_param_count(kind, features, p["hidden_size"], p["num_layers"], directions)
    return ((steps, hidden) if p["return_sequences"] else (hidden,)), count


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    parts = [f"{kind} {p['hidden_size']}"]
    if p["num_layers"] > 1:
        parts.append(f"x{p['num_layers']}")
    if p["bidirectional"]:
        parts.append(translate("kinds", "bidir"))
    if p["return_sequences"]:
        parts.append(translate("kinds", "all steps"))
    return " \u00b7 ".join(parts)


def _recurrent(kind: str, help: str) -> KindSpec:
    return KindSpec(kind, "Recurrent", help, _PARAMS, _shape, _card_text)


SPECS: tuple[KindSpec, ...] = (
    _recurrent("RNN", translate_later("catalog", "Simple recurrent layer: reads a sequence step by step with a tanh "
                                      "hidden state.")),
    _recurrent("LSTM", translate_later("catalog", "Long short-term memory: a recurrent layer with gates that keep "
                                       "information over long sequences.")),
    _recurrent("GRU", translate_later("catalog", "Gated recurrent unit: a lighter LSTM.")),
)
