"""The reconstructions probe: the first test samples and the autoencoder's output for them,
taken from the snapshot's own evaluation (no forward pass of its own)."""

from __future__ import annotations

import torch

from playground.engine.payloads.reconstructions import ReconstructionsPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy
from playground.engine.views.fit import scored_outputs

SAMPLES = 12


def value_range(x: torch.Tensor) -> tuple[float, float]:
    """The data's lowest and highest value (images: 0 and 1), the scale originals and network
    outputs are drawn on; never an empty range."""
    lo, hi = torch.stack([x.min(), x.max()]).tolist() if x.numel() else (0.0, 1.0)
    return (lo, hi) if hi > lo else (lo, lo + 1.0)


class ReconstructionsProbe(ViewProbe):
    name = "reconstructions"
    interval = 0.2

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        x, _ = context.test_samples(SAMPLES)
        self._levels = value_range(x)
        self._shape = drawn_shape(tuple(x.shape[1:]))

    @torch.no_grad()
    def collect(self) -> ReconstructionsPayload:
        out, y, part = scored_outputs(self.context)
        out = out.reshape(y.shape)  # a flat Dense output for an image, say
        error = float(((out - y) ** 2).mean()) if y.numel() else float("nan")
        n = min(SAMPLES, len(y))
        return ReconstructionsPayload(to_numpy(y[:n]).reshape(n, *self._shape),
                                      to_numpy(out[:n]).reshape(n, *self._shape),
                                      self._levels, error, len(y), part)


def drawn_shape(shape: tuple[int, ...]) -> tuple[int, ...]:
    """Images (C, H, W) as they are; anything else as one flat vector per sample."""
    if len(shape) == 3:
        return shape
    size = 1
    for s in shape:
        size *= s
    return (size,)


PROBE = ReconstructionsProbe
