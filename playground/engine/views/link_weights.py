"""The link-weights probe: each small Dense layer's weight matrix, for one line per weight, and its
last gradient (shown when the mouse rests on a link)."""

from __future__ import annotations

from playground.engine.payloads.link_weights import LinkWeightsPayload
from playground.engine.views.base import ViewProbe, to_numpy


class LinkWeightsProbe(ViewProbe):
    name = "link_weights"

    def collect(self) -> LinkWeightsPayload:
        weights = {nid: self.context.module(nid)[0].weight for nid in self.task.weight_layers}
        return LinkWeightsPayload({nid: to_numpy(w).copy() for nid, w in weights.items()},
                                  {nid: to_numpy(w.grad).copy() for nid, w in weights.items() if w.grad is not None})


PROBE = LinkWeightsProbe
