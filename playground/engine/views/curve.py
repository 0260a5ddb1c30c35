"""The curve view's probe: a 1-D function fit's prediction over x."""

from __future__ import annotations

import numpy as np
import torch

from playground.engine.payloads.curve import CurvePayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy

POINTS = 200


class CurveProbe(ViewProbe):
    name = "curve"

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        lo, hi = self.trainer.data.extent[:2]
        self._x = np.linspace(lo, hi, POINTS, dtype=np.float32)
        self._input = torch.as_tensor(self._x[:, None], device=self.trainer.device)

    def collect(self) -> CurvePayload:
        pred = to_numpy(self.trainer.predict(self._input)).reshape(-1)
        return CurvePayload(np.stack([self._x, pred], axis=1))


PROBE = CurveProbe
