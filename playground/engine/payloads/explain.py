"""The explain view: one number of the network worked out by hand, with the run's real numbers.

A neuron of a Dense layer: its inputs times its weights, plus its bias, is the weighted sum z;
the activation of z is what the neuron outputs. A pixel of a Conv2D feature map: the kernel times
the patch of the input under it (its receptive field), summed with the bias, then the
activation. A pixel of a pooling layer: the window it looks at and the winner (max) or the mean.

The arithmetic lives here, in numpy (float64), so the window shows the very sums it checks, and
the tests compare them with torch's own output for the same sample and weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from playground.core.i18n import translate_later


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


# Each activation as torch computes it with its default settings (Dense and Conv2D pass none);
# those with words are translated where shown: translate("explain", formula).
ACTIVATION_FORMULAS: dict[str, str] = {
    "Linear": "a = z", "ReLU": "a = max(0, z)", "LeakyReLU": translate_later("explain", "a = z if z > 0, else 0.01 z"),
    "ELU": translate_later("explain", "a = z if z > 0, else e^z \u2212 1"), "GELU": "a = z \u00b7 \u03a6(z)", "SiLU": "a = z \u00b7 sigmoid(z)",
    "Tanh": "a = tanh(z)", "Sigmoid": "a = 1 / (1 + e^\u2212z)", "Softplus": "a = log(1 + e^z)",
    "Softmax": translate_later("explain", "a = e^z / \u03a3 e^z over the layer"),
}


def activate(name: str, z: float, layer_z: np.ndarray | None = None) -> float:
    """Activation `name` of z; Softmax needs every z of the layer (`layer_z`)."""
    if name == "Linear":
        return z
    if name == "ReLU":
        return max(0.0, z)
    if name == "LeakyReLU":
        return z if z > 0 else 0.01 * z
    if name == "ELU":
        return z if z > 0 else math.expm1(z)
    if name == "GELU":
        return 0.5 * z * (1.0 + math.erf(z / math.sqrt(2.0)))
    if name == "SiLU":
        return z * _sigmoid(z)
    if name == "Tanh":
        return math.tanh(z)
    if name == "Sigmoid":
        return _sigmoid(z)
    if name == "Softplus":
        return z if z > 20 else math.log1p(math.exp(z))  # torch's threshold
    if name == "Softmax":
        zs = np.asarray(layer_z, dtype=np.float64)
        top = zs.max()
        return float(math.exp(z - top) / np.exp(zs - top).sum())
    raise ValueError(f"unknown activation {name!r}")


@dataclass
class WeightedSum:
    """z = sum(inputs * weights) + bias, then a = activation(z): a Dense neuron (flat inputs) or
    a Conv2D pixel (inputs: the receptive field, (channels, k, k); weights: the kernel)."""

    inputs: np.ndarray  # float64; zeros where a Conv2D's padding lies outside the image
    weights: np.ndarray  # the same shape
    bias: float  # 0.0 for a layer without bias
    activation: str
    layer_z: np.ndarray | None = None  # every z of the layer, for Softmax only

    @property
    def products(self) -> np.ndarray:
        return self.inputs * self.weights

    @property
    def z(self) -> float:
        return float(self.products.sum() + self.bias)

    @property
    def output(self) -> float:
        return activate(self.activation, self.z, self.layer_z)


@dataclass
class Pooling:
    """A pooling layer's pixel: the window of its input channel, and the winner or the mean."""

    window: np.ndarray  # (k, k) float64
    kind: str  # "max" or "average"

    @property
    def winner(self) -> tuple[int, int]:
        """Where in the window the maximum is (row, column)."""
        r, c = np.unravel_index(int(np.argmax(self.window)), self.window.shape)
        return int(r), int(c)

    @property
    def output(self) -> float:
        return float(self.window.max() if self.kind == "max" else self.window.mean())


@dataclass
class Explained:
    node_id: int
    label: str  # "Dense 3"
    kind: str  # the layer's kind: "Dense", "Conv2D", "MaxPool2D", "AvgPool2D"
    unit: int  # the neuron (Dense) or the channel (Conv2D, pooling)
    position: tuple[int, int] | None  # the pixel (row, column) of a feature map; None for a neuron
    sum: WeightedSum | None = None  # Dense and Conv2D
    pooling: Pooling | None = None  # pooling layers
    input_names: list[str] = field(default_factory=list)  # a Dense layer's inputs, by name
    actual: float = float("nan")  # what the network itself computed there, for comparison

    @property
    def output(self) -> float:
        return self.sum.output if self.sum is not None else self.pooling.output


@dataclass
class ExplainPayload:
    sample: int  # index into the test samples; -1 for a point chosen on the plot
    n_samples: int
    point: tuple[float, float] | None = None  # the plane point explained, when one was chosen
    target: Explained | None = None
    message: str = ""  # why nothing is explained (nothing chosen yet, a layer that cannot be)
