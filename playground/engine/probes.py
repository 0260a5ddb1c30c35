"""Snapshots of a training run for the GUI: metrics, per-layer statistics, the decision grid.

Everything is computed here, where the model lives, and handed over as numpy copies, so
the GUI never touches a live module. One device sync per snapshot.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from playground.engine.build import output_module
from playground.engine.data import expand_features
from playground.engine.snapshot import GRID, RUNNING, SMALL_LAYER, THUMB, Snapshot
from playground.engine.trainer import Trainer

LIVE_EVAL_LIMIT = 2048  # samples per set for live metrics: big sets are scored on a fixed subset

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
    def of(cls, trainer: Trainer, watched: dict[int, nn.Module]) -> "ColumnPass | None":
        """The pass for `trainer`'s network, capturing the outputs of the `watched` layers, or None
        when the network is not such a chain."""
        chain = trainer.model.sequential
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


def _input_maps(features: np.ndarray) -> np.ndarray:
    """TensorFlow Playground's input thumbnails: each feature (x1, x1 squared, sin x2, ...) over
    the plane, (features, THUMB, THUMB), each scaled into -1..1 by its largest magnitude.
    They never change during a run: made once, read-only, and sent with every snapshot."""
    stride = GRID // THUMB
    maps = features.reshape(GRID, GRID, -1)[::stride, ::stride].transpose(2, 0, 1)
    scale = np.abs(maps).max(axis=(1, 2), keepdims=True)
    maps = np.ascontiguousarray(maps / np.where(scale > 0, scale, 1.0), dtype=np.float32)
    maps.flags.writeable = False
    return maps


class Probe:
    """Makes snapshots of one trainer; caches the input-plane lattice it feeds the network."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        data = trainer.data
        self.extent = data.extent
        self._plane: torch.Tensor | None = None
        self._input_maps: np.ndarray | None = None
        self._curve_x: np.ndarray | None = None
        shape = data.shape
        if shape.plane and self.extent is not None:
            x1 = np.linspace(self.extent[0], self.extent[1], GRID, dtype=np.float32)
            x2 = np.linspace(self.extent[2], self.extent[3], GRID, dtype=np.float32)
            xx, yy = np.meshgrid(x1, x2)  # row i follows x2 upward, column j follows x1
            points = np.stack([xx.ravel(), yy.ravel()], axis=1)
            feats = expand_features(points, data.features)
            self._plane = torch.as_tensor(feats, device=trainer.device)
            self._input_maps = _input_maps(feats)
        elif shape.curve and self.extent is not None:
            self._curve_x = np.linspace(self.extent[0], self.extent[1], 200, dtype=np.float32)
            self._curve_in = torch.as_tensor(self._curve_x[:, None], device=trainer.device)
        self.layers = trainer.model.parameterised()
        self._small_dense: dict[int, nn.Module] = {}
        for step in trainer.model.steps:
            node = trainer.project.graph.nodes[step.node_id]
            if node.kind == "Dense" and node.params["units"] <= SMALL_LAYER:
                self._small_dense[step.node_id] = trainer.model.layers[step.key]
        self._columns = ColumnPass.of(trainer, self._small_dense) if self._plane is not None else None
        if self._columns is not None:
            self._plane = self._plane.t().contiguous()  # features x points

    @torch.no_grad()
    def _layer_norms(self) -> tuple[torch.Tensor, torch.Tensor]:
        grads, weights = [], []
        zero = torch.zeros((), device=self.trainer.device)
        for _, _, params in self.layers:
            g = [p.grad for p in params if p.grad is not None]
            grads.append(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(x) for x in g]))
                         if g else zero)
            weights.append(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(p) for p in params])))
        if not grads:
            return torch.zeros(0), torch.zeros(0)
        return torch.stack(grads), torch.stack(weights)

    @torch.no_grad()
    def _plane_pass(self) -> tuple[torch.Tensor, dict[int, torch.Tensor]]:
        """Class probabilities over the plane, and each small Dense layer's output as (units, points)."""
        if self._columns is not None:
            out, captured = self._columns(self._plane)
        else:
            captured = {}
            handles = [output_module(module).register_forward_hook(
                           lambda m, i, o, nid=nid: captured.__setitem__(nid, o.t()))
                       for nid, module in self._small_dense.items()]
            try:
                out = self.trainer.predict(self._plane, chunk=GRID * GRID)
            finally:
                for h in handles:
                    h.remove()
        return self.trainer.objective.probabilities(out), captured

    def snapshot(self, state: str = RUNNING, message: str = "", steps_per_second: float = 0.0) -> Snapshot:
        trainer = self.trainer
        metrics = trainer.evaluate(limit=LIVE_EVAL_LIMIT)
        grad_norms, weight_norms = self._layer_norms()
        snap = Snapshot(
            step=trainer.step_count, epoch=trainer.epoch, steps_per_epoch=trainer.steps_per_epoch,
            train_loss=metrics.train_loss, test_loss=metrics.test_loss,
            train_accuracy=metrics.train_accuracy, test_accuracy=metrics.test_accuracy,
            state=state, message=message or trainer.diverged, device=str(trainer.device),
            steps_per_second=steps_per_second, learning_rate=float(trainer.optimizer.param_groups[0]["lr"]),
            layer_ids=[nid for nid, _, _ in self.layers], layer_names=[name for _, name, _ in self.layers],
            grad_norms=grad_norms.float().cpu().numpy(), weight_norms=weight_norms.float().cpu().numpy(),
        )
        if self._plane is not None:
            snap.neuron_maps[trainer.model.input_id] = self._input_maps
            probs, captured = self._plane_pass()
            grid = probs.reshape(GRID, GRID, -1).float().cpu().numpy()
            snap.grid, snap.grid_extent = grid, self.extent
            stride = GRID // THUMB
            for nid, units in captured.items():
                maps = units.reshape(-1, GRID, GRID)[:, ::stride, ::stride]
                maps = maps / maps.abs().amax(dim=(1, 2), keepdim=True).clamp_min(1.0)
                snap.neuron_maps[nid] = maps.float().cpu().numpy()
        elif self._curve_x is not None:
            pred = self.trainer.predict(self._curve_in).reshape(-1).float().cpu().numpy()
            snap.curve = np.stack([self._curve_x, pred], axis=1)
        for nid, module in self._small_dense.items():
            linear = module[0]
            if linear.in_features <= SMALL_LAYER:
                snap.weights[nid] = linear.weight.detach().float().cpu().numpy().copy()
        return snap
