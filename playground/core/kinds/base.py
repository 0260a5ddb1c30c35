"""What one layer kind is, in one place: its palette entry, parameters, shape rule and card text.

Pure Python (no torch, no Qt) so the canvas can check shapes on every edit; the torch half of
a kind lives in `playground.engine.kinds` under the same name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from playground.core.datasets import describe_shape
from playground.core.i18n import translate, translate_later
from playground.core.params import Param, ParamSet

Shape = tuple[int, ...]
Values = Mapping[str, Any]

# (kind, parameter values, input shapes) -> (output shape, parameter count). The kind is passed
# because one rule serves several kinds (MaxPool2D/AvgPool2D, RNN/LSTM/GRU) and names it in errors.
ShapeRule = Callable[[str, Values, Sequence[Shape]], tuple[Shape, int]]
# (kind, parameter values, number of links into the card) -> the card's subtitle
CardText = Callable[[str, Values, int], str]


class ShapeProblem(Exception):
    """Raised inside a shape rule with a sentence for the student; becomes a Problem on the node."""


@dataclass(frozen=True)
class KindSpec:
    """Everything the app knows about a layer kind that does not need torch.

    Every part is required, so a kind cannot reach the catalogue half-described; a later part
    (such as the code lines an export writes) belongs here as one more field.
    """

    kind: str
    group: str  # palette heading, one of catalog.GROUPS
    help: str  # English, marked with translate_later("catalog", ...); shown through catalog.kind_help
    params: ParamSet
    shape_rule: ShapeRule
    card_text: CardText
    has_input: bool = True
    has_output: bool = True
    multi_input: bool = False  # Add and Concat take two or more links on their input port

    @property
    def title(self) -> str:
        return self.kind

    def infer(self, values: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
        return self.shape_rule(self.kind, values, inputs)

    def text(self, values: Values, n_inputs: int = 0) -> str:
        return self.card_text(self.kind, values, n_inputs)


T = TypeVar("T")


def registry(entries: Iterable[tuple[str, T]], what: str) -> dict[str, T]:
    """Entries by kind name, in order; a name given twice is refused, since a silent overwrite
    would leave one of the two kinds out of the palette or built as the other."""
    found: dict[str, T] = {}
    for kind, entry in entries:
        if kind in found:
            raise ValueError(f"layer kind {kind!r} has two {what}s")
        found[kind] = entry
    return found


def only_input(kind: str, inputs: Sequence[Shape]) -> Shape:
    (shape,) = inputs  # the graph refuses a second link into a single-input port
    return shape


def need_image(kind: str, shape: Shape) -> None:
    if len(shape) != 3:
        raise ShapeProblem(translate("kinds", "{kind} needs an image input (channels, height, width) but "
                                     "receives {shape}.").format(kind=kind, shape=describe_shape(shape)))


def same_shape(kind: str, values: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    """The rule of a layer that keeps its input's shape and learns nothing."""
    return only_input(kind, inputs), 0


def fixed_text(text: str) -> CardText:
    """A card text that never changes: `text` is marked with translate_later("kinds", ...)."""
    def card_text(kind: str, values: Values, n_inputs: int) -> str:
        return translate("kinds", text)
    return card_text


def bias_param() -> Param:
    return Param("bias", "bool", True, translate_later("catalog", "Add a learnable bias to each output."),
                 label=translate_later("catalog", "Bias"))


INITIALISERS: tuple[str, ...] = (
    "default", "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "normal", "zeros",
)


def init_param() -> Param:
    return Param("init", "choice", "default",
                 translate_later("catalog", "How the weights start: 'default' is torch's, xavier suits "
                                 "tanh/sigmoid, kaiming suits ReLU."),
                 choices=INITIALISERS, label=translate_later("catalog", "Weight init"))
