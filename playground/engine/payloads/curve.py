"""The curve view of a 1-D function fit: the prediction over x."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class CurvePayload:
    curve: np.ndarray  # (M, 2): x, predicted y
