"""Images made by a GAN's generator from fixed noise: the same noise every time, so what changes
on screen is what G learnt."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SAMPLES = 36  # a 6 x 6 grid


@dataclass
class GanSamplesPayload:
    images: np.ndarray  # (SAMPLES, C, H, W) float32
    levels: tuple[float, float]  # the real images' value range: how to shade them
