"""The unit-weights probe: the first Dense layer fed straight by an image, each unit's incoming
weights reshaped to the image (the template it matches, as in a digits MLP)."""

from __future__ import annotations

import torch
from torch import nn

from playground.engine.payloads.unit_weights import MAX_UNITS, UnitWeightsPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy


class UnitWeightsProbe(ViewProbe):
    name = "unit_weights"
    interval = 0.5

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        self.node_id = self.task.image_dense
        self.linear = next(m for m in context.module(self.node_id).modules() if isinstance(m, nn.Linear))
        self.image_shape = tuple(self.task.data.input_shape)  # (channels, height, width)
        self.label = self.trainer.model.labels[self.node_id]

    @torch.no_grad()
    def collect(self) -> UnitWeightsPayload:
        weight = self.linear.weight  # (units, channels * height * width), flattened as torch does
        images = weight[:MAX_UNITS].reshape(-1, *self.image_shape).mean(dim=1)
        shown = to_numpy(images).copy()
        return UnitWeightsPayload(self.node_id, self.label, shown, int(weight.shape[0]), self.image_shape[0],
                                  float(abs(shown).max(initial=0.0)))


PROBE = UnitWeightsProbe
