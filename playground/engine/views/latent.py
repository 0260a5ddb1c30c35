"""The code probe: the bottleneck's code of the first test samples, in a plane, coloured by
each sample's class; with a 2-unit code, the decoder's output over a lattice of that plane."""

from __future__ import annotations

import numpy as np
import torch

from playground.engine.payloads.latent import LatentPayload
from playground.engine.trainer import Trainer
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy
from playground.engine.views.reconstructions import drawn_shape, value_range

SAMPLES = 500  # enough to see the clusters; one small forward pass
GRID = 10  # the manifold is GRID x GRID decoded points


class LatentProbe(ViewProbe):
    name = "latent"
    interval = 0.3

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        self._node = self.task.bottleneck
        self._units = self.task.bottleneck_units
        self._x, _ = context.test_samples(SAMPLES)
        self._labels, self._names = sample_labels(self.trainer, len(self._x))
        self._levels = value_range(self._x)
        self._shape = drawn_shape(tuple(self._x.shape[1:]))
        self._axes: np.ndarray | None = None  # the last principal directions, (2, units)

    @torch.no_grad()
    def collect(self) -> LatentPayload:
        _, captured = self.context.capture(self._x, [self._node])
        codes = to_numpy(captured[self._node]).reshape(len(self._x), -1)
        if not np.isfinite(codes).all():  # a diverged network: nothing to place, no SVD to run
            return LatentPayload(np.zeros((0, 2), np.float32), self._units)
        payload = LatentPayload(codes, self._units, labels=self._labels, class_names=self._names)
        if codes.shape[1] == 2:
            self._add_manifold(payload)
        else:
            payload.points, payload.explained = self._principal_plane(codes)
        return payload

    def _principal_plane(self, codes: np.ndarray) -> tuple[np.ndarray, tuple[float, float]]:
        """The codes along their first two principal components, and each one's share of the
        variance. A component's sign is arbitrary and SVD may flip it from one snapshot to the
        next: each keeps the side of the one before, so the cloud does not jump as it trains."""
        centred = codes.astype(np.float64) - codes.mean(axis=0)
        _, s, vt = np.linalg.svd(centred, full_matrices=False)
        axes = np.zeros((2, codes.shape[1]))
        axes[:len(vt[:2])] = vt[:2]  # fewer samples than 2: the missing component stays 0
        reference = self._axes if self._axes is not None else np.abs(axes)
        axes *= np.where((axes * reference).sum(axis=1, keepdims=True) < 0, -1.0, 1.0)
        self._axes = axes
        variance = np.zeros(2)
        variance[:len(s[:2])] = s[:2] ** 2
        total = float((s ** 2).sum())
        share = variance / total if total > 0 else variance
        return (centred @ axes.T).astype(np.float32), (float(share[0]), float(share[1]))

    def _add_manifold(self, payload: LatentPayload) -> None:
        """The decoder fed a lattice over the code plane's range: what each region of it means."""
        points = payload.points
        lo, hi = points.min(axis=0), points.max(axis=0)
        hi = np.where(hi > lo, hi, lo + 1.0)
        u1 = np.linspace(lo[0], hi[0], GRID, dtype=np.float32)
        u2 = np.linspace(hi[1], lo[1], GRID, dtype=np.float32)  # row 0 at the top: the highest value
        lattice = np.stack(np.meshgrid(u1, u2), axis=-1).reshape(-1, 2)
        decoded = self.context.run_from(self._node, torch.as_tensor(lattice, device=self.trainer.device))
        low, high = self._levels
        scaled = (decoded.float().reshape(len(lattice), *self._shape) - low) * (255.0 / (high - low))
        payload.manifold = to_numpy(scaled.clamp_(0.0, 255.0).round_()).astype(np.uint8)
        payload.grid = GRID
        payload.extent = (float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))


def sample_labels(trainer: Trainer, n: int) -> tuple[np.ndarray | None, list[str]]:
    """The class of each of the first `n` test samples (training samples without a test set),
    and the class names; (None, []) when the data has none."""
    data = trainer.data
    labels = data.labels_test if len(data.x_test) else data.labels_train
    if labels is None:
        return None, []
    return np.asarray(labels[:n], dtype=np.int64), list(data.label_names)


PROBE = LatentProbe
