"""The 2-D convolution."""

from __future__ import annotations

from collections.abc import Sequence

from playground.core.i18n import translate, translate_later
from playground.core.kinds.activations import activation_param
from playground.core.kinds.base import (KindSpec, Shape, ShapeProblem, Values, bias_param, init_param, need_image,
                                        only_input)
from playground.core.params import Param, params


def conv_out(size: int, kernel: int, stride: int, padding: str) -> int:
    if padding == "same":
        if stride == 1:
            return size
        pad = kernel // 2
        return (size + 2 * pad - kernel) // stride + 1
    return (size - kernel) // stride + 1


def _shape(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    need_image(kind, shape)
    c, h, w = shape
    k, s = p["kernel_size"], p["stride"]
    oh, ow = conv_out(h, k, s, p["padding"]), conv_out(w, k, s, p["padding"])
    if oh < 1 or ow < 1:
        raise ShapeProblem(translate("kinds", "Conv2D's {k}x{k} filter does not fit the {h}x{w} image it "
                                     "receives: use a smaller kernel or 'same' padding.").format(k=k, h=h, w=w))
    f = p["filters"]
    return (f, oh, ow), c * k * k * f + (f if p["bias"] else 0)


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    if p["stride"] != 1:
        text = translate("kinds", "{filters} filters {k}x{k} /{stride} \u00b7 {activation}")
    else:
        text = translate("kinds", "{filters} filters {k}x{k} \u00b7 {activation}")
    return text.format(filters=p["filters"], k=p["kernel_size"], stride=p["stride"], activation=p["activation"])


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Conv2D", "Convolution", translate_later("catalog", "Slides small learned filters over an image; "
                                                      "each filter makes one output channel."),
             params(
                 Param("filters", "int", 8, translate_later("catalog", "Number of filters (output channels)."),
                       1, 512, label=translate_later("catalog", "Filters")),
                 Param("kernel_size", "int", 3, translate_later("catalog", "Width and height of each filter."),
                       1, 11, label=translate_later("catalog", "Kernel size")),
                 Param("stride", "int", 1, translate_later("catalog", "Step between filter positions."), 1, 5,
                       label=translate_later("catalog", "Stride")),
                 Param("padding", "choice", "same",
                       translate_later("catalog", "'same' pads so the image keeps its size (at stride 1); "
                                       "'valid' does not pad."),
                       choices=("same", "valid"), label=translate_later("catalog", "Padding")),
                 activation_param("ReLU"), bias_param(), init_param()),
             _shape, _card_text),
)
