"""Losses, predictions and accuracy, reading the network's output the way the loss expects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch.nn import functional as F

from playground.core.datasets import DataShape

_EPS = 1e-7


@dataclass(frozen=True)
class Objective:
    """How to score an output: the loss, and how to turn outputs into class probabilities."""

    loss: str
    data: DataShape
    output_activation: str  # the activation in front of the Output node
    huber_delta: float = 1.0

    @property
    def classification(self) -> bool:
        return self.data.task == "classification"

    def _as_target(self, out: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Output and target in matching float shapes for the regression-style losses."""
        if self.classification:
            if out.shape[-1] == 1:
                return out.reshape(-1), y.to(out.dtype)
            return out, F.one_hot(y, out.shape[-1]).to(out.dtype)
        return out.reshape(y.shape), y

    def __call__(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        loss = self.loss
        if loss == "cross_entropy":
            if self.output_activation == "Softmax":
                return F.nll_loss(torch.log(out.clamp_min(_EPS)), y)
            return F.cross_entropy(out, y)
        if loss == "bce":
            target = y.to(out.dtype)
            if self.output_activation == "Sigmoid":
                return F.binary_cross_entropy(out.reshape(-1).clamp(_EPS, 1 - _EPS), target)
            return F.binary_cross_entropy_with_logits(out.reshape(-1), target)
        pred, target = self._as_target(out, y)
        if loss == "mse":
            return F.mse_loss(pred, target)
        if loss == "mae":
            return F.l1_loss(pred, target)
        if loss == "huber":
            return F.huber_loss(pred, target, delta=self.huber_delta)
        raise ValueError(f"unknown loss {loss!r}")

    def training_loss(self) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
        """The loss for the training hot path, with targets from `training_targets`.

        The common cases become a single torch call: on a small network the general `__call__`
        (its branches and a `.to()` per step) costs ~4 % of a step, which a student comparing
        with a hand-written loop would see in the bench.
        """
        if self.loss == "bce" and self.output_activation != "Sigmoid":
            def bce_with_logits(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
                return F.binary_cross_entropy_with_logits(out.reshape(-1), y)
            return bce_with_logits
        if self.loss == "cross_entropy" and self.output_activation != "Softmax":
            return F.cross_entropy
        return self

    def training_targets(self, y: torch.Tensor) -> torch.Tensor:
        """`y` as `training_loss` wants it (BCE: float targets, made once instead of per step)."""
        return y.float() if self.loss == "bce" else y

    def probabilities(self, out: torch.Tensor) -> torch.Tensor:
        """(N, K) class probabilities (binary: [1-p, p]); regression: the raw (N, ...) output."""
        if not self.classification:
            return out
        if out.shape[-1] == 1:
            p = out.reshape(-1)
            if self.loss == "bce" and self.output_activation != "Sigmoid":
                p = torch.sigmoid(p)
            else:
                p = p.clamp(0.0, 1.0)
            return torch.stack([1 - p, p], dim=-1)
        if self.loss == "cross_entropy" and self.output_activation != "Softmax":
            return torch.softmax(out, dim=-1)
        p = out.clamp_min(0.0)
        return p / p.sum(dim=-1, keepdim=True).clamp_min(_EPS)
