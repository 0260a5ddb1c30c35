"""The predicted-against-true probe: the snapshot's own test-set outputs against their targets."""

from __future__ import annotations

import math

import torch

from playground.engine.payloads.fit import FitPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy


def scored_outputs(context: ProbeContext) -> tuple[torch.Tensor, torch.Tensor, str]:
    """The outputs and targets of the snapshot's evaluation on the test set (the training set
    when there is no test set), and which set that is: no forward pass of its own."""
    out, y = context.eval_outputs("test")
    if len(y):
        return out, y, "test"
    out, y = context.eval_outputs("train")
    return out, y, "training"


class FitProbe(ViewProbe):
    name = "fit"
    interval = 0.2  # a few thousand points: the scatter need not move 30 times a second

    @torch.no_grad()
    def collect(self) -> FitPayload:
        out, y, part = scored_outputs(self.context)
        n = len(y)
        targets = y.reshape(n, -1)
        true = targets[:, 0].double()
        pred = out.reshape(n, -1)[:, 0].double()
        residual = pred - true
        spread = ((true - true.mean()) ** 2).sum()
        # one sync for both numbers; float64 so a good fit's R² (1 - tiny/large) keeps its digits
        ss_res, ss_tot, mae = torch.stack([(residual ** 2).sum(), spread, residual.abs().mean()]).tolist()
        r2 = 1.0 - ss_res / ss_tot if ss_tot > 0 else math.nan
        return FitPayload(to_numpy(true), to_numpy(pred), r2, mae, part, int(targets.shape[1]))


PROBE = FitProbe
