"""Activation functions as layers of their own (Dense and Conv2D also pick one as a parameter)."""

from __future__ import annotations

from playground.core.i18n import translate, translate_later
from playground.core.kinds.base import KindSpec, Values, same_shape
from playground.core.params import Param, ParamSet, params

ACTIVATIONS: tuple[str, ...] = (
    "Linear", "ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Tanh", "Sigmoid", "Softplus", "Softmax",
)
ACTIVATION_HELP: dict[str, str] = {
    "Linear": translate_later("catalog", "Identity: passes values through unchanged."),
    "ReLU": translate_later("catalog", "max(0, x): fast and the usual default for hidden layers."),
    "LeakyReLU": translate_later("catalog", "Like ReLU but lets a small slope through for negative inputs."),
    "ELU": translate_later("catalog", "Smooth ReLU that goes slightly negative, which centres outputs."),
    "GELU": translate_later("catalog", "Smooth ReLU used by transformers: x weighted by its Gaussian probability."),
    "SiLU": translate_later("catalog", "Swish: x * sigmoid(x), smooth and self-gated."),
    "Tanh": translate_later("catalog", "Squashes to (-1, 1); zero-centred, the classic playground choice."),
    "Sigmoid": translate_later("catalog", "Squashes to (0, 1); saturates, so gradients can vanish in deep nets."),
    "Softplus": translate_later("catalog", "log(1 + e^x): a smooth version of ReLU."),
    "Softmax": translate_later("catalog", "Turns a vector into probabilities that sum to 1 (for class outputs)."),
}

_PARAMS: dict[str, ParamSet] = {
    "LeakyReLU": params(Param("negative_slope", "float", 0.01,
                                    translate_later("catalog", "Slope used for negative inputs."), 0.0, 1.0,
                                    label=translate_later("catalog", "Negative slope"))),
    "ELU": params(Param("alpha", "float", 1.0,
                              translate_later("catalog", "Value approached for very negative inputs."), 0.0, 10.0,
                              label=translate_later("catalog", "Alpha"))),
}


def activation_param(default: str) -> Param:
    return Param("activation", "choice", default,
                 translate_later("catalog", "Function applied to this layer's output."),
                 choices=ACTIVATIONS, label=translate_later("catalog", "Activation"))


def _card_text(kind: str, p: Values, n_inputs: int) -> str:
    if kind == "LeakyReLU":
        return translate("kinds", "slope {slope:g}").format(slope=p["negative_slope"])
    if kind == "ELU":
        return f"\u03b1 {p['alpha']:g}"
    return translate("kinds", "activation")


SPECS: tuple[KindSpec, ...] = tuple(
    KindSpec(name, "Activations", ACTIVATION_HELP[name], _PARAMS.get(name, params()), same_shape, _card_text)
    for name in ACTIVATIONS
)
