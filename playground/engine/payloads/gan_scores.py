"""A GAN's figures over time: D's and G's losses, D's score on real and on fake samples, the fit
of G's samples on the plane (KL and JS divergence on a grid), and what is going wrong, in words."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass
class GanScoresPayload:
    step: int
    d_loss: float
    g_loss: float
    d_real: float  # D's mean score on real samples
    d_fake: float  # on G's samples
    js: float = math.nan  # JS divergence (bits) of G's samples from the data, on the plane's grid
    kl: float = math.nan  # KL(data || G's samples), smoothed
    notice: str = ""  # mode collapse, D winning outright, ... in a sentence ("" when all is well)
