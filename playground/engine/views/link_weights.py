"""The link-weights probe: each small Dense layer's weight matrix, for one line per weight."""

from __future__ import annotations

from playground.engine.payloads.link_weights import LinkWeightsPayload
from playground.engine.views.base import ViewProbe, to_numpy


class LinkWeightsProbe(ViewProbe):
    name = "link_weights"

    def collect(self) -> LinkWeightsPayload:
        return LinkWeightsPayload({nid: to_numpy(self.context.module(nid)[0].weight).copy()
                                   for nid in self.task.weight_layers})


PROBE = LinkWeightsProbe
