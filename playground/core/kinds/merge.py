"""Add and Concat: the layers with several inputs (skip connections, branches)."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.datasets import describe_shape
from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values
from playground.core.params import params


def _need_two(kind: str, inputs: Sequence[Shape]) -> str:
    """The inputs described for an error message, once there are enough of them to merge."""
    if len(inputs) < 2:
        raise ShapeProblem(translate("kinds", "{kind} needs at least two inputs to merge but has {n}.")
                           .format(kind=kind, n=len(inputs)))
    # a list of shapes, each described by datasets.describe_shape, joined the language's way
    return translate("kinds", " and ").join(describe_shape(s) for s in inputs)


def _add(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    described = _need_two(kind, inputs)
    if any(s != inputs[0] for s in inputs):
        raise ShapeProblem(translate("kinds", "Add needs inputs of the same shape but receives {shapes}.")
                           .format(shapes=described))
    return inputs[0], 0


def _concat(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    described = _need_two(kind, inputs)
    if len({len(s) for s in inputs}) != 1:
        raise ShapeProblem(translate("kinds", "Concat can only join inputs of the same kind but receives {shapes}.")
                           .format(shapes=described))
    image = len(inputs[0]) == 3
    axis = 0 if image else len(inputs[0]) - 1  # channels for images, else features
    rest = {tuple(d for i, d in enumerate(s) if i != axis) for s in inputs}
    if len(rest) != 1:
        text = (translate("kinds", "Concat joins along the channels, so the other sizes must agree, but it "
                          "receives {shapes}.") if image else
                translate("kinds", "Concat joins along the features, so the other sizes must agree, but it "
                          "receives {shapes}."))
        raise ShapeProblem(text.format(shapes=described))
    out = list(inputs[0])
    out[axis] = sum(s[axis] for s in inputs)
    return tuple(out), 0


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    text = translate("kinds", "merges {n} input") if n_inputs == 1 else translate("kinds", "merges {n} inputs")
    return text.format(n=n_inputs)


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Add", "Merge", translate_later("catalog", "Adds its inputs element by element (a residual or skip "
                                             "connection); all inputs must have the same shape."),
             params(), _add, _card_text, multi_input=True),
    KindSpec("Concat", "Merge", translate_later("catalog", "Joins its inputs along the features (or channels) axis."),
             params(), _concat, _card_text, multi_input=True),
)
