"""Activation functions as layers of their own (Dense and Conv2D also pick one as a parameter)."""

from __future__ import annotations

from playground.core.kinds.base import KindSpec, Values, same_shape
from playground.core.params import Param, ParamSet, params

ACTIVATIONS: tuple[str, ...] = (
    "Linear", "ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Tanh", "Sigmoid", "Softplus", "Softmax",
)
ACTIVATION_HELP: dict[str, str] = {
    "Linear": "Identity: passes values through unchanged.",
    "ReLU": "max(0, x): fast and the usual default for hidden layers.",
    "LeakyReLU": "Like ReLU but lets a small slope through for negative inputs.",
    "ELU": "Smooth ReLU that goes slightly negative, which centres outputs.",
    "GELU": "Smooth ReLU used by transformers: x weighted by its Gaussian probability.",
    "SiLU": "Swish: x * sigmoid(x), smooth and self-gated.",
    "Tanh": "Squashes to (-1, 1); zero-centred, the classic playground choice.",
    "Sigmoid": "Squashes to (0, 1); saturates, so gradients can vanish in deep nets.",
    "Softplus": "log(1 + e^x): a smooth version of ReLU.",
    "Softmax": "Turns a vector into probabilities that sum to 1 (for class outputs).",
}

_PARAMS: dict[str, ParamSet] = {
    "LeakyReLU": params(Param("negative_slope", "float", 0.01, "Slope used for negative inputs.", 0.0, 1.0)),
    "ELU": params(Param("alpha", "float", 1.0, "Value approached for very negative inputs.", 0.0, 10.0)),
}


def activation_param(default: str) -> Param:
    return Param("activation", "choice", default, "Function applied to this layer's output.",
                 choices=ACTIVATIONS)


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    if kind == "LeakyReLU":
        return f"slope {p['negative_slope']:g}"
    if kind == "ELU":
        return f"\u03b1 {p['alpha']:g}"
    return "activation"


SPECS: tuple[KindSpec, ...] = tuple(
    KindSpec(name, "Activations", ACTIVATION_HELP[name], _PARAMS.get(name, params()), same_shape, _card_text)
    for name in ACTIVATIONS
)
