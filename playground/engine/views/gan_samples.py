"""The generated images' probe: G's images from the same fixed noise at every payload."""

from __future__ import annotations

import torch

from playground.engine.payloads.gan_samples import SAMPLES, GanSamplesPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy


class GanSamplesProbe(ViewProbe):
    name = "gan_samples"
    interval = 0.25  # images need not move 30 times a second

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        x = self.trainer.data.x_train
        self.levels = (float(x.min()), float(x.max())) if x.size else (0.0, 1.0)

    @torch.no_grad()
    def collect(self) -> GanSamplesPayload:
        trainer = self.trainer
        if trainer._mode_matters:
            trainer.model.eval()
        images = trainer.model.generate(trainer.fixed_noise(SAMPLES))
        return GanSamplesPayload(to_numpy(images), self.levels)


PROBE = GanSamplesProbe
