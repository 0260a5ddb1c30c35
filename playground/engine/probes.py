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


class Probe:
    """Makes snapshots of one trainer; caches the input-plane lattice it feeds the network."""

    def __init__(self, trainer: Trainer):
        self.trainer = trainer
        data = trainer.data
        self.extent = data.extent
        self._plane: torch.Tensor | None = None
        self._curve_x: np.ndarray | None = None
        shape = data.shape
        if shape.plane and self.extent is not None:
            x1 = np.linspace(self.extent[0], self.extent[1], GRID, dtype=np.float32)
            x2 = np.linspace(self.extent[2], self.extent[3], GRID, dtype=np.float32)
            xx, yy = np.meshgrid(x1, x2)  # row i follows x2 upward, column j follows x1
            points = np.stack([xx.ravel(), yy.ravel()], axis=1)
            feats = expand_features(points, data.features)
            self._plane = torch.as_tensor(feats, device=trainer.device)
        elif shape.curve and self.extent is not None:
            self._curve_x = np.linspace(self.extent[0], self.extent[1], 200, dtype=np.float32)
            self._curve_in = torch.as_tensor(self._curve_x[:, None], device=trainer.device)
        self.layers = trainer.model.parameterised()
        self._small_dense: dict[int, nn.Module] = {}
        for step in trainer.model.steps:
            node = trainer.project.graph.nodes[step.node_id]
            if node.kind == "Dense" and node.params["units"] <= SMALL_LAYER:
                self._small_dense[step.node_id] = trainer.model.layers[step.key]

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
        captured: dict[int, torch.Tensor] = {}
        handles = [output_module(module).register_forward_hook(
                       lambda m, i, o, nid=nid: captured.__setitem__(nid, o))
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
            probs, captured = self._plane_pass()
            grid = probs.reshape(GRID, GRID, -1).float().cpu().numpy()
            snap.grid, snap.grid_extent = grid, self.extent
            stride = GRID // THUMB
            for nid, out in captured.items():
                maps = out.reshape(GRID, GRID, -1)[::stride, ::stride].permute(2, 0, 1).float().cpu().numpy()
                scale = np.maximum(1.0, np.abs(maps).max(axis=(1, 2), keepdims=True))
                snap.neuron_maps[nid] = (maps / scale).astype(np.float32)
        elif self._curve_x is not None:
            pred = self.trainer.predict(self._curve_in).reshape(-1).float().cpu().numpy()
            snap.curve = np.stack([self._curve_x, pred], axis=1)
        for nid, module in self._small_dense.items():
            linear = module[0]
            if linear.in_features <= SMALL_LAYER:
                snap.weights[nid] = linear.weight.detach().float().cpu().numpy().copy()
        return snap
