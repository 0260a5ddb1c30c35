"""Max and average pooling over image windows."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Shape, ShapeProblem, Values, need_image, only_input
from playground.core.params import Param, params


def _shape(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    need_image(kind, shape)
    c, h, w = shape
    k = p["pool_size"]
    if h < k or w < k:
        raise ShapeProblem(translate("kinds", "{kind}'s {k}x{k} window does not fit the {h}x{w} image it "
                                     "receives: use a smaller pool size or fewer pooling layers.")
                           .format(kind=kind, k=k, h=h, w=w))
    return (c, h // k, w // k), 0


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    return translate("kinds", "{k}x{k} window").format(k=p["pool_size"])


def _pool(kind: str, help: str) -> KindSpec:
    return KindSpec(kind, "Convolution", help,
                    params(Param("pool_size", "int", 2, translate_later("catalog", "Window size (and step)."), 1, 8,
                                 label=translate_later("catalog", "Pool size"))), _shape, _card_text)


SPECS: tuple[KindSpec, ...] = (
    _pool("MaxPool2D", translate_later("catalog", "Keeps the largest value in each window, shrinking the image.")),
    _pool("AvgPool2D", translate_later("catalog", "Averages each window, shrinking the image.")),
)
