"""The fused training path: a hand-written numpy step for chains of Dense layers and elementwise
activations (the TensorFlow-Playground family), several times faster than autograd on such small
networks. `fused_step(trainer)` says whether a trainer's network qualifies and prepares the step;
anything else (another layer kind, an activation or loss without a written derivative, a GPU)
keeps the autograd path. See docs/ARCHITECTURE.md ("The fused path")."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

import torch
from torch import nn

from playground.engine.fused.activations import activation_of
from playground.engine.fused.blas import set_blas_threads
from playground.engine.fused.losses import fused_loss
from playground.engine.fused.optimizers import supported
from playground.engine.fused.params import FlatParams
from playground.engine.fused.step import Dense, FusedStep, Op

if TYPE_CHECKING:
    from playground.engine.trainer import Trainer

log = logging.getLogger(__name__)

# PLAYGROUND_FUSED=0 keeps every network on autograd (to compare, or to rule the fused path out)
SWITCH = "PLAYGROUND_FUSED"


class NotFused(Exception):
    """Why a network stays on the autograd path."""


def _layers(trainer: "Trainer") -> list[nn.Module]:
    """The chain's modules in order, or NotFused."""
    if os.environ.get(SWITCH, "1") == "0":
        raise NotFused(f"{SWITCH}=0")
    if trainer.device.type != "cpu":
        raise NotFused(f"it trains on {trainer.device.type}")
    chain = trainer.model.sequential
    if chain is None:
        raise NotFused("the network is not a chain")
    params = list(trainer.model.parameters())
    if any(p.dtype != torch.float32 or not p.requires_grad for p in params):
        raise NotFused("a parameter is not a trained float32 tensor")
    modules = list(chain)
    if modules and type(modules[0]) is nn.Flatten and (modules[0].start_dim, modules[0].end_dim) == (1, -1):
        modules = modules[1:]  # a Flatten in front (an MLP on images): the samples are flattened once
    elif trainer.tensors.x_train.dim() != 2:
        raise NotFused("its samples are not vectors")
    for m in modules:
        if not isinstance(m, nn.Linear) and activation_of(m) is None:
            raise NotFused(f"it has a {type(m).__name__} layer")
    if not any(isinstance(m, nn.Linear) for m in modules):
        raise NotFused("it has no Dense layer")
    if not supported(trainer.optimizer):
        raise NotFused(f"no fused update for {type(trainer.optimizer).__name__} with these options")
    return modules


def _ops(modules: list[nn.Module], flat: FlatParams) -> list[Op]:
    values = {id(p): v for p, v in zip(flat.params, flat.views_of(flat.values))}
    grads = {id(p): g for p, g in zip(flat.params, flat.views_of(flat.grads))}
    ops: list[Op] = []
    for m in modules:
        if isinstance(m, nn.Linear):
            bias = m.bias
            ops.append(Dense(values[id(m.weight)].T, values[id(m.weight)],
                             None if bias is None else values[id(bias)], grads[id(m.weight)],
                             None if bias is None else grads[id(bias)]))
        else:
            ops.append(activation_of(m))
    return ops


def fused_step(trainer: "Trainer") -> FusedStep | None:
    """The fused step for `trainer`'s network, or None (with the reason logged) when it keeps the
    autograd path. Call it before anything keeps views of the parameters: it moves each one's data
    into the shared flat buffer (same values, same Parameter objects)."""
    try:
        modules = _layers(trainer)
        width = modules[-1].out_features if isinstance(modules[-1], nn.Linear) else None
        if width is None:
            width = next(m.out_features for m in reversed(modules) if isinstance(m, nn.Linear))
        loss = fused_loss(trainer.objective, trainer.tensors.y_train.numpy(), width)
        if loss is None:
            raise NotFused(f"no fused gradient for the {trainer.objective.loss} loss on this output")
    except NotFused as why:
        log.info("training on the autograd path: %s", why)
        return None
    flat = FlatParams(list(trainer.model.parameters()))
    set_blas_threads(torch.get_num_threads())  # see blas.py: the worker's thread count, not every core
    log.info("training on the fused path")
    x = trainer.tensors.x_train.numpy()
    return FusedStep(_ops(modules, flat), flat, loss, x.reshape(len(x), -1), trainer.project.training)


__all__ = ["FusedStep", "fused_step"]
