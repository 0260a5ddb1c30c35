"""Add and Concat: the layers with several inputs (skip connections, branches)."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.datasets import describe_shape
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, plural
from playground.core.params import params


def _need_two(kind: str, inputs: Sequence[Shape]) -> str:
    """The inputs described for an error message, once there are enough of them to merge."""
    if len(inputs) < 2:
        raise ShapeProblem(f"{kind} needs at least two inputs to merge but has {len(inputs)}.")
    return " and ".join(describe_shape(s) for s in inputs)


def _add(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    described = _need_two(kind, inputs)
    if any(s != inputs[0] for s in inputs):
        raise ShapeProblem(f"Add needs inputs of the same shape but receives {described}.")
    return inputs[0], 0


def _concat(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    described = _need_two(kind, inputs)
    if len({len(s) for s in inputs}) != 1:
        raise ShapeProblem(f"Concat can only join inputs of the same kind but receives {described}.")
    image = len(inputs[0]) == 3
    axis = 0 if image else len(inputs[0]) - 1  # channels for images, else features
    rest = {tuple(d for i, d in enumerate(s) if i != axis) for s in inputs}
    if len(rest) != 1:
        raise ShapeProblem(f"Concat joins along the {'channels' if image else 'features'}, so the other "
                           f"sizes must agree, but it receives {described}.")
    out = list(inputs[0])
    out[axis] = sum(s[axis] for s in inputs)
    return tuple(out), 0


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    return f"merges {plural(n_inputs, 'input')}"


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Add", "Merge", "Adds its inputs element by element (a residual or skip connection); "
             "all inputs must have the same shape.", params(), _add, _card_text, multi_input=True),
    KindSpec("Concat", "Merge", "Joins its inputs along the features (or channels) axis.", params(),
             _concat, _card_text, multi_input=True),
)
