"""Max and average pooling over image windows."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, need_image, only_input
from playground.core.params import Param, params


def _shape(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    need_image(kind, shape)
    c, h, w = shape
    k = p["pool_size"]
    if h < k or w < k:
        raise ShapeProblem(f"{kind}'s {k}x{k} window does not fit the {h}x{w} image it receives: "
                           "use a smaller pool size or fewer pooling layers.")
    return (c, h // k, w // k), 0


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    return f"{p['pool_size']}x{p['pool_size']} window"


def _pool(kind: str, help: str) -> KindSpec:
    return KindSpec(kind, "Convolution", help,
                    params(Param("pool_size", "int", 2, "Window size (and step).", 1, 8)), _shape, _card_text)


SPECS: tuple[KindSpec, ...] = (
    _pool("MaxPool2D", "Keeps the largest value in each window, shrinking the image."),
    _pool("AvgPool2D", "Averages each window, shrinking the image."),
)
