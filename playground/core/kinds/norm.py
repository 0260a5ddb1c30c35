"""Batch and layer normalization: both keep the shape and learn a scale and a shift per value."""

from __future__ import annotations

import math
from collections.abc import Sequence

from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Shape, Values, only_input
from playground.core.params import Param, params


def _batch_norm(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    channels = shape[0] if len(shape) == 3 else shape[-1]
    return shape, 2 * channels


def _layer_norm(kind: str, p: Values, inputs: Sequence[Shape]) -> tuple[Shape, int]:
    shape = only_input(kind, inputs)
    normalized = math.prod(shape) if len(shape) == 3 else shape[-1]
    return shape, 2 * normalized


def _batch_text(kind: str, p: Values, n_inputs: int) -> str:
    return translate("kinds", "momentum {momentum:g}").format(momentum=p["momentum"])


def _layer_text(kind: str, p: Values, n_inputs: int) -> str:
    return translate("kinds", "eps {eps:g}").format(eps=p["eps"])


SPECS: tuple[KindSpec, ...] = (
    KindSpec("BatchNorm", "Normalization",
             translate_later("catalog", "Normalizes each feature or channel over the batch, which often speeds "
                             "training up."),
             params(Param("momentum", "float", 0.1,
                          translate_later("catalog", "How fast the running statistics follow the batches."),
                          0.0, 1.0, decimals=2, label=translate_later("catalog", "Momentum"))),
             _batch_norm, _batch_text),
    KindSpec("LayerNorm", "Normalization", translate_later("catalog", "Normalizes each sample over its features."),
             params(Param("eps", "float", 1e-5,
                          translate_later("catalog", "Small number added to the variance for stability."),
                          1e-12, 1.0, decimals=6, label=translate_later("catalog", "Eps"))),
             _layer_norm, _layer_text),
)
