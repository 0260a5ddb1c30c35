"""The feature-maps probe: one test image through the network, with what each Conv2D and pooling
layer outputs for it (CNN Explainer's columns of maps)."""

from __future__ import annotations

from typing import Any

from playground.engine.payloads.feature_maps import MAX_MAPS, FeatureMapsPayload, MapLayer
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy


class FeatureMapsProbe(ViewProbe):
    name = "feature_maps"
    interval = 0.25  # one image's forward pass, but maps change slowly: 4 a second is plenty

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        tensors = self.trainer.tensors
        self.n_samples = len(tensors.x_test) or len(tensors.x_train)  # as test_samples chooses
        self.sample = 0
        self.labels = self.trainer.model.labels

    def configure(self, sample: int | None = None, **options: Any) -> None:
        if sample is not None:
            self.sample = min(max(int(sample), 0), self.n_samples - 1)

    def collect(self) -> FeatureMapsPayload:
        i = self.sample
        x, y = self.context.test_samples(i + 1)
        x, y = x[i:i + 1], y[i:i + 1]
        out, captured = self.context.capture(x, self.task.map_layers)
        layers = []
        for nid in self.task.map_layers:
            maps = captured[nid][0]
            layers.append(MapLayer(nid, self.labels[nid], tuple(maps.shape), to_numpy(maps[:MAX_MAPS]).copy()))
        payload = FeatureMapsPayload(i, self.n_samples, to_numpy(x[0]).copy(), layers)
        if self.task.classification:
            payload.class_names = list(self.trainer.data.class_names)
            payload.label = int(y[0])
            payload.probabilities = to_numpy(self.trainer.objective.probabilities(out)[0]).copy()
        else:
            payload.output = to_numpy(out[0]).copy()
        return payload


PROBE = FeatureMapsProbe
