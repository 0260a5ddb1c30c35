"""The losses the fused path runs, in numpy: the value and its gradient at the network's output,
read the way `Objective` reads the output (logits, or probabilities after a Sigmoid), with
torch's mean reduction and its backward formulas."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from playground.engine.objective import _EPS, Objective

Array = np.ndarray
# (output (B, K), targets of the batch) -> (mean loss as a 0-d float32 array, d loss / d output)
LossGrad = Callable[[Array, Array], tuple[Array, Array]]


@dataclass(frozen=True)
class FusedLoss:
    """A loss for one network: its gradient function and the targets in the form it reads."""

    value_and_grad: LossGrad
    targets: Array  # (N, K) float32, or (N,) class indices for cross-entropy


def _mean(values: Array) -> Array:
    return np.add.reduce(values, axis=None) / np.float32(values.size)  # np.mean's wrapper costs ~3 us


def _bce_with_logits(z: Array, t: Array) -> tuple[Array, Array]:
    u = np.exp(-z)
    s = np.reciprocal(u + 1)  # sigmoid(z)
    value = _mean(np.log1p(u) + z * (1 - t))  # softplus(-z) + z (1 - t): cheap, but inf below z ~ -88
    if not np.isfinite(value):
        value = _mean(np.maximum(z, 0) - z * t + np.log1p(np.exp(-np.abs(z))))  # the stable form
    return value, (s - t) * np.float32(1 / z.size)


_LOW, _HIGH = np.float32(_EPS), np.float32(1 - _EPS)


def _bce_on_probabilities(p: Array, t: Array) -> tuple[Array, Array]:
    """Objective's BCE after a Sigmoid: the output clamped to (eps, 1 - eps), torch's log floor."""
    q = np.clip(p, _LOW, _HIGH)
    value = -(t * np.maximum(np.log(q), -100) + (1 - t) * np.maximum(np.log(1 - q), -100))
    grad = (q - t) / np.maximum((1 - q) * q, np.float32(1e-12)) / np.float32(p.size)
    return _mean(value), np.where((p >= _LOW) & (p <= _HIGH), grad, np.float32(0))


def _cross_entropy(z: Array, labels: Array) -> tuple[Array, Array]:
    shifted = z - z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    total = e.sum(axis=1, keepdims=True)
    rows = np.arange(len(z))
    value = _mean(np.log(total[:, 0]) - shifted[rows, labels])
    grad = e / total
    grad[rows, labels] -= 1
    grad /= np.float32(len(z))
    return value, grad


def _mse(p: Array, t: Array) -> tuple[Array, Array]:
    d = p - t
    return _mean(d * d), d * np.float32(2 / d.size)


def _mae(p: Array, t: Array) -> tuple[Array, Array]:
    d = p - t
    return _mean(np.abs(d)), np.sign(d) / np.float32(d.size)


def huber(delta: float) -> LossGrad:
    delta32 = np.float32(delta)

    def value_and_grad(p: Array, t: Array) -> tuple[Array, Array]:
        d = p - t
        a = np.abs(d)
        value = np.where(a < delta32, np.float32(0.5) * d * d, delta32 * (a - np.float32(0.5) * delta32))
        return _mean(value), np.clip(d, -delta32, delta32) / np.float32(d.size)

    return value_and_grad


def _float_targets(objective: Objective, y: Array, width: int) -> Array | None:
    """The targets as (N, width) floats, the way `Objective._as_target` matches them to the output."""
    if objective.classification and width > 1:
        labels = y.astype(np.int64).reshape(-1)
        if labels.size and (labels.min() < 0 or labels.max() >= width):
            return None
        return np.eye(width, dtype=np.float32)[labels]
    t = np.asarray(y, dtype=np.float32).reshape(len(y), -1)
    return t if t.shape[1] == width else None


def fused_loss(objective: Objective, y: Array, width: int) -> FusedLoss | None:
    """The fused twin of `objective` for an output `width` units wide, or None when there is none."""
    loss, activation = objective.loss, objective.output_activation
    if loss == "cross_entropy":
        if activation == "Softmax" or width < 2:
            return None
        return FusedLoss(_cross_entropy, np.asarray(y, dtype=np.int64).reshape(-1))
    if loss == "bce":
        if width != 1:
            return None
        targets = np.asarray(y, dtype=np.float32).reshape(-1, 1)
        return FusedLoss(_bce_on_probabilities if activation == "Sigmoid" else _bce_with_logits, targets)
    grad = {"mse": _mse, "mae": _mae, "huber": huber(objective.huber_delta)}.get(loss)
    targets = _float_targets(objective, y, width)
    if grad is None or targets is None:
        return None
    return FusedLoss(grad, targets)
