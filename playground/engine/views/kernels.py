"""The kernels probe: the first filters of each Conv2D layer, with one colour scale per layer."""

from __future__ import annotations

from torch import nn

from playground.engine.payloads.kernels import MAX_FILTERS, MAX_INPUTS, KernelLayer, KernelsPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy


class KernelsProbe(ViewProbe):
    name = "kernels"
    interval = 0.5  # weights move little between snapshots; the mosaic is what costs

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        self.convs = {nid: next(m for m in context.module(nid).modules() if isinstance(m, nn.Conv2d))
                      for nid in self.task.conv_layers}
        self.labels = self.trainer.model.labels

    def collect(self) -> KernelsPayload:
        layers = []
        for nid, conv in self.convs.items():
            weight = conv.weight
            shown = to_numpy(weight[:MAX_FILTERS, :MAX_INPUTS]).copy()
            layers.append(KernelLayer(nid, self.labels[nid], shown, int(weight.shape[0]), int(weight.shape[1]),
                                      float(abs(shown).max(initial=0.0))))
        return KernelsPayload(layers)


PROBE = KernelsProbe
