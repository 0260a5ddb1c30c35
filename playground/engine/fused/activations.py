"""The elementwise activations the fused path runs, in numpy (float32), with the derivative torch's
autograd uses for each: the same formulas as torch's backward kernels, so both paths agree to
float32 rounding. An activation missing here (GELU: numpy has no erf; Softmax: not elementwise)
keeps the whole network on the autograd path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from torch import nn

Array = np.ndarray


@dataclass(frozen=True)
class Activation:
    """forward(x) -> y; backward(g, x, y) -> the gradient at x, given the gradient `g` at y."""

    forward: Callable[[Array], Array]
    backward: Callable[[Array, Array, Array], Array]


def _sigmoid(x: Array) -> Array:
    y = np.exp(-x)  # overflows to inf far below zero: 1 / inf is the right 0
    y += 1
    return np.reciprocal(y, out=y)


def _tanh_backward(g: Array, x: Array, y: Array) -> Array:
    return g * (1 - y * y)  # torch's tanh_backward


def _sigmoid_backward(g: Array, x: Array, y: Array) -> Array:
    return g * ((1 - y) * y)  # torch's sigmoid_backward


def _relu_backward(g: Array, x: Array, y: Array) -> Array:
    return np.where(y > 0, g, np.float32(0))  # threshold_backward on the result: 0 at 0


def _silu_backward(g: Array, x: Array, y: Array) -> Array:
    s = _sigmoid(x)
    return g * (s * (1 + x * (1 - s)))  # torch's silu_backward


def leaky_relu(slope: float) -> Activation:
    slope32 = np.float32(slope)
    return Activation(lambda x: np.where(x > 0, x, x * slope32),
                      lambda g, x, y: np.where(x > 0, g, g * slope32))


def elu(alpha: float) -> Activation:
    alpha32 = np.float32(alpha)

    def forward(x: Array) -> Array:
        return np.where(x > 0, x, alpha32 * np.expm1(np.minimum(x, 0)))

    def backward(g: Array, x: Array, y: Array) -> Array:  # elu_backward on the input
        return np.where(x > 0, g, g * (alpha32 * np.exp(np.minimum(x, 0))))

    return Activation(forward, backward)


def softplus(beta: float, threshold: float) -> Activation:
    beta32, threshold32 = np.float32(beta), np.float32(threshold)

    def forward(x: Array) -> Array:
        bx = x * beta32
        return np.where(bx > threshold32, x, np.log1p(np.exp(np.minimum(bx, threshold32))) / beta32)

    def backward(g: Array, x: Array, y: Array) -> Array:  # softplus_backward: g * z / (z + 1)
        bx = x * beta32
        z = np.exp(np.minimum(bx, threshold32))
        return np.where(bx > threshold32, g, g * z / (z + 1))

    return Activation(forward, backward)


TANH = Activation(np.tanh, _tanh_backward)
SIGMOID = Activation(_sigmoid, _sigmoid_backward)
RELU = Activation(lambda x: np.maximum(x, np.float32(0)), _relu_backward)
SILU = Activation(lambda x: x * _sigmoid(x), _silu_backward)


def activation_of(module: nn.Module) -> Activation | None:
    """The numpy twin of a torch activation module, or None when the fused path has none."""
    kind = type(module)
    if kind is nn.Tanh:
        return TANH
    if kind is nn.Sigmoid:
        return SIGMOID
    if kind is nn.ReLU:
        return RELU
    if kind is nn.SiLU:
        return SILU
    if kind is nn.LeakyReLU:
        return leaky_relu(module.negative_slope)
    if kind is nn.ELU:
        return elu(module.alpha)
    if kind is nn.Softplus:
        return softplus(module.beta, module.threshold)
    return None
