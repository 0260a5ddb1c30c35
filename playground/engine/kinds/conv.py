"""The 2-D convolution."""

from __future__ import annotations

from collections.abc import Sequence

from torch import nn

from playground.core.kinds.base import Shape, Values
from playground.engine.kinds.base import Builder
from playground.engine.kinds.weights import weighted_block


def _conv2d(kind: str, p: Values, in_shapes: Sequence[Shape]) -> nn.Module:
    k, s = p["kernel_size"], p["stride"]
    if p["padding"] == "same":
        # torch only accepts padding='same' at stride 1; k // 2 gives the size shape inference expects
        padding: int | str = "same" if s == 1 else k // 2
    else:
        padding = 0
    return weighted_block(nn.Conv2d(in_shapes[0][0], p["filters"], k, stride=s, padding=padding,
                                    bias=p["bias"]), p)


BUILDERS: dict[str, Builder] = {"Conv2D": _conv2d}
