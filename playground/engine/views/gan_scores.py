"""The GAN curves' probe: the snapshot's own D and G figures, the fit on the plane (KL and JS on a
grid), and mode collapse or an outright winner told in words."""

from __future__ import annotations

import math

import numpy as np
import torch

from playground.core.i18n import translate
from playground.engine.gan_fit import grid_density, js_divergence, kl_divergence
from playground.engine.payloads.gan_scores import GanScoresPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy

FIT_SAMPLES = 2000  # G's samples for the densities on the plane (and the spread of its samples)
SPREAD_SAMPLES = 256  # G's images whose spread is compared with the data's
COLLAPSED = 0.1  # G's samples spread less than this share of the data's: mode collapse
MISSED = 0.25  # this share of the real samples where G makes none: G dropped part of the data
SURE = 0.95  # D's mean score above this on real samples and below 1 - this on fake ones: D wins


def spread(samples: np.ndarray) -> float:
    """How far apart samples lie: each value's spread over the samples, averaged."""
    flat = samples.reshape(len(samples), -1)
    return float(flat.std(axis=0).mean()) if len(flat) > 1 else 0.0


def gan_notice(d_real: float, d_fake: float, fake_spread: float, real_spread: float, missed: float = 0.0) -> str:
    """What a student should know about the run now, in words ("" when nothing stands out);
    `missed` is the share of the real samples (on the plane) in cells where G puts none."""
    if not all(math.isfinite(v) for v in (d_real, d_fake, fake_spread)):
        return translate("gan_scores", "G or D gives numbers that are not finite: the run is diverging. Lower the learning rates.")
    if real_spread > 0 and fake_spread < COLLAPSED * real_spread:
        return translate("gan_scores", "Mode collapse: G's samples have gathered in almost one place, far less spread than the data. "
                         "D will push them on; if they stay together, try a lower G learning rate or more noise dimensions.")
    if missed > MISSED:
        return translate("gan_scores", "G leaves out part of the data: {missed:.0%} of the real samples lie where G makes none (modes "
                         "dropped, a kind of mode collapse). Watch whether D's score draws G's samples there.").format(missed=missed)
    if d_real > SURE and d_fake < 1 - SURE:
        return translate("gan_scores", "D tells real from fake almost perfectly, so G's gradients fade (with the minimax loss G barely "
                         "learns then). Try the non-saturating loss, fewer D steps or a lower D learning rate.")
    return ""


class GanScoresProbe(ViewProbe):
    name = "gan_scores"

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        data = self.trainer.data
        self._real_points = None
        if self.task.plane and data.points_train is not None:
            self._real_points = np.concatenate([data.points_train, data.points_test])
            self._real_density = grid_density(self._real_points, data.extent)
            self._real_spread = spread(self._real_points)
        else:
            self._real_spread = spread(data.x_train[:SPREAD_SAMPLES])

    def collect(self) -> GanScoresPayload:
        trainer = self.trainer
        metrics = trainer.last_metrics or trainer.evaluate(limit=2048)
        if trainer._mode_matters:
            trainer.model.eval()
        with torch.no_grad():
            n = FIT_SAMPLES if self._real_points is not None else SPREAD_SAMPLES
            fake = to_numpy(trainer.model.generate(trainer.fixed_noise(n)))
        js = kl = math.nan
        missed = 0.0
        if self._real_points is not None and np.isfinite(fake).all():
            extent = trainer.data.extent
            fake_density = grid_density(fake, extent)
            js = js_divergence(self._real_density, fake_density)
            kl = kl_divergence(self._real_density, grid_density(fake, extent, smoothing=0.5))
            missed = float(self._real_density[fake_density == 0].sum())
        notice = gan_notice(metrics.d_real, metrics.d_fake, spread(fake), self._real_spread, missed)
        return GanScoresPayload(trainer.step_count, metrics.d_loss, metrics.g_loss, metrics.d_real,
                                metrics.d_fake, js, kl, notice)


PROBE = GanScoresProbe
