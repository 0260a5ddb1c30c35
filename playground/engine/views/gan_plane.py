"""The GAN plane's probe: D over a lattice of the plane, G's samples and D's gradient at each, and
G's manifold."""

from __future__ import annotations

import numpy as np
import torch

from playground.engine.payloads.gan_plane import FAKES, GRID, LATTICE, GanPlanePayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy


def noise_lattice(dim: int, distribution: str) -> np.ndarray | None:
    """Noise points in a lattice (LATTICE x LATTICE for 2-D noise, a line for 1-D) over where the
    Noise source draws most: -1..1 for uniform, -2..2 (two spreads) for Gaussian; None above 2-D."""
    reach = 1.0 if distribution == "uniform" else 2.0
    if dim == 1:
        return np.linspace(-reach, reach, LATTICE * 8, dtype=np.float32)[:, None]
    if dim == 2:
        axis = np.linspace(-reach, reach, LATTICE, dtype=np.float32)
        a, b = np.meshgrid(axis, axis, indexing="ij")
        return np.stack([a.ravel(), b.ravel()], axis=1)
    return None


class GanPlaneProbe(ViewProbe):
    name = "gan_plane"
    interval = 1 / 15  # the window draws the plane at most 15 times a second (ui/views/gan_plane.py)

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        trainer = self.trainer
        self.extent = trainer.data.extent
        x1 = np.linspace(self.extent[0], self.extent[1], GRID, dtype=np.float32)
        x2 = np.linspace(self.extent[2], self.extent[3], GRID, dtype=np.float32)
        xx, yy = np.meshgrid(x1, x2)  # row i follows x2 upward, column j follows x1
        self._plane = torch.as_tensor(np.stack([xx.ravel(), yy.ravel()], axis=1), device=trainer.device)
        split = trainer.model.split
        lattice = noise_lattice(split.noise_dim, split.distribution)
        self._lattice = None if lattice is None else torch.as_tensor(lattice, device=trainer.device)

    def collect(self) -> GanPlanePayload:
        trainer, model = self.trainer, self.trainer.model
        if trainer._mode_matters:
            model.eval()
        score = trainer._game.score
        with torch.no_grad():
            scores = score(model.score(self._plane)).reshape(GRID, GRID)
            fake = model.generate(trainer.fixed_noise(FAKES))
            manifold = None if self._lattice is None else model.generate(self._lattice)
        # the way each fake sample would move to look more real: D's score's gradient there
        with torch.enable_grad():
            x = fake.detach().requires_grad_(True)
            (gradients,) = torch.autograd.grad(score(model.score(x)).sum(), [x])
        if manifold is not None and len(self._lattice) == LATTICE * LATTICE:
            manifold = manifold.reshape(LATTICE, LATTICE, 2)
        return GanPlanePayload(to_numpy(scores), self.extent, to_numpy(fake), to_numpy(gradients),
                               None if manifold is None else to_numpy(manifold))


PROBE = GanPlaneProbe
