"""The 2-D convolution."""

from __future__ import annotations

from collections.abc import Sequence

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
        raise ShapeProblem(f"Conv2D's {k}x{k} filter does not fit the {h}x{w} image it receives: "
                           "use a smaller kernel or 'same' padding.")
    f = p["filters"]
    return (f, oh, ow), c * k * k * f + (f if p["bias"] else 0)


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    text = f"{p['filters']} filters {p['kernel_size']}x{p['kernel_size']}"
    if p["stride"] != 1:
        text += f" /{p['stride']}"
    return f"{text} \u00b7 {p['activation']}"


SPECS: tuple[KindSpec, ...] = (
    KindSpec("Conv2D", "Convolution", "Slides small learned filters over an image; each filter "
             "makes one output channel.",
             params(
                 Param("filters", "int", 8, "Number of filters (output channels).", 1, 512),
                 Param("kernel_size", "int", 3, "Width and height of each filter.", 1, 11),
                 Param("stride", "int", 1, "Step between filter positions.", 1, 5),
                 Param("padding", "choice", "same",
                       "'same' pads so the image keeps its size (at stride 1); 'valid' does not pad.",
                       choices=("same", "valid")),
                 activation_param("ReLU"), bias_param(), init_param()),
             _shape, _card_text),
)
