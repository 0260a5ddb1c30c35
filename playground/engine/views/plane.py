"""The plane view's probe: the network over a lattice of the 2-D input plane, and the canvas's
neurons (the Input's features and each small Dense layer's units over the plane)."""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from playground.engine.build import output_module
from playground.engine.data import expand_features
from playground.engine.payloads.plane import GRID, THUMB, PlanePayload
from playground.engine.views.base import ProbeContext, ViewProbe

# Modules that act on each number alone, so they give the same result in any layout.
_ELEMENTWISE = (nn.Tanh, nn.ReLU, nn.Sigmoid, nn.GELU, nn.SiLU, nn.Softplus, nn.LeakyReLU, nn.ELU)


class ColumnPass:
    """The plane's forward pass with the points as columns, for chains of Linear layers and
    elementwise activations (the TensorFlow Playground networks).

    The plane is 10,000 points of a few features: multiplied as rows (X @ W.T, what nn.Linear
    does) MKL takes 5-7x longer than the same product as columns (W @ X.T), and the snapshot is
    paid ~30 times a second on the training worker. The results agree to float rounding.
    """

    def __init__(self, chain: nn.Sequential, capture: dict[int, int]):
        self.chain = list(chain)
        self.capture = capture  # index in the chain -> node id whose output it is

    @classmethod
    def of(cls, model, watched: dict[int, nn.Module]) -> "ColumnPass | None":
        """The pass for `model`, capturing the outputs of the `watched` layers, or None when the
        network is not such a chain."""
        chain = model.sequential
        if chain is None or not all(type(m) is nn.Linear or isinstance(m, _ELEMENTWISE) for m in chain):
            return None
        index = {id(m): i for i, m in enumerate(chain)}
        outputs = {nid: id(output_module(m)) for nid, m in watched.items()}
        if not all(out in index for out in outputs.values()):  # not where the chain runs it
            return None
        return cls(chain, {index[out]: nid for nid, out in outputs.items()})

    @torch.no_grad()
    def __call__(self, columns: torch.Tensor) -> tuple[torch.Tensor, dict[int, torch.Tensor]]:
        """Output as rows (points, outputs), and each watched layer's output as (units, points)."""
        h, captured = columns, {}
        for i, module in enumerate(self.chain):
            if type(module) is nn.Linear:
                h = module.weight @ h if module.bias is None else torch.addmm(module.bias[:, None], module.weight, h)
            elif type(module) is nn.Tanh:
                # tanh(x) = 2 sigmoid(2x) - 1, within 2e-7: torch's float32 tanh takes 2.2 ns a
                # number on this CPU (not vectorised), sigmoid 0.5 ns; these are only drawn
                h = h.mul(2.0).sigmoid_().mul_(2.0).sub_(1.0)
            else:
                h = module(h)
            if i in self.capture:
                captured[self.capture[i]] = h
        return h.t(), captured


def input_maps(features: np.ndarray) -> np.ndarray:
    """TensorFlow Playground's input thumbnails: each feature (x1, x1 squared, sin x2, ...) over
    the plane, (features, THUMB, THUMB), each scaled into -1..1 by its largest magnitude.
    They never change during a run: made once, read-only, and sent with every snapshot."""
    stride = GRID // THUMB
    maps = features.reshape(GRID, GRID, -1)[::stride, ::stride].transpose(2, 0, 1)
    scale = np.abs(maps).max(axis=(1, 2), keepdims=True)
    maps = np.ascontiguousarray(maps / np.where(scale > 0, scale, 1.0), dtype=np.float32)
    maps.flags.writeable = False
    return maps


class PlaneProbe(ViewProbe):
    name = "plane"

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        trainer = self.trainer
        data = trainer.data
        self.extent = data.extent
        x1 = np.linspace(self.extent[0], self.extent[1], GRID, dtype=np.float32)
        x2 = np.linspace(self.extent[2], self.extent[3], GRID, dtype=np.float32)
        xx, yy = np.meshgrid(x1, x2)  # row i follows x2 upward, column j follows x1
        points = np.stack([xx.ravel(), yy.ravel()], axis=1)
        feats = expand_features(points, data.features)
        self._plane = torch.as_tensor(feats, device=trainer.device)
        self._input_maps = input_maps(feats)
        self._neurons = {nid: context.module(nid) for nid in self.task.neuron_layers}
        self._columns = ColumnPass.of(trainer.model, self._neurons)
        if self._columns is not None:
            self._plane = self._plane.t().contiguous()  # features x points

    @torch.no_grad()
    def _pass(self) -> tuple[torch.Tensor, dict[int, torch.Tensor]]:
        """Class probabilities over the plane, and each small Dense layer's output as (units, points)."""
        if self._columns is not None:
            out, captured = self._columns(self._plane)
        else:
            out, captured = self.context.capture(self._plane, list(self._neurons))
            captured = {nid: o.t() for nid, o in captured.items()}
        return self.trainer.objective.probabilities(out), captured

    def collect(self) -> PlanePayload:
        probs, captured = self._pass()
        grid = probs.reshape(GRID, GRID, -1).float().cpu().numpy()
        maps = {self.trainer.model.input_id: self._input_maps}
        stride = GRID // THUMB
        for nid, units in captured.items():
            thumbs = units.reshape(-1, GRID, GRID)[:, ::stride, ::stride]
            thumbs = thumbs / thumbs.abs().amax(dim=(1, 2), keepdim=True).clamp_min(1.0)
            maps[nid] = thumbs.float().cpu().numpy()
        return PlanePayload(grid, self.extent, maps)


PROBE = PlaneProbe
