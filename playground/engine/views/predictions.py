"""The predictions view's probe: the first test images with the class the network gives each.

The images are the first rows of the test part of the snapshot's capped evaluation, so their
outputs come from `eval_outputs`: the view costs no forward pass of its own.
"""

from __future__ import annotations

import numpy as np

from playground.engine.payloads.predictions import PredictionsPayload
from playground.engine.views.base import ProbeContext, ViewProbe, to_numpy
from playground.engine.views.confusion import scored_part

SAMPLES = 24  # 6 x 4 in the grid: enough to see a pattern in the mistakes, few enough to read


def as_uint8(images: np.ndarray) -> np.ndarray:
    """Images scaled to 0..255: a quarter of float32's bytes to send, and the data sets' own
    pixels are bytes anyway. The range is 0..1 (the image sets' pixels), widened to take in
    any value outside it, so a faint image stays faint instead of being stretched to black."""
    lo, hi = float(images.min(initial=0.0)), float(images.max(initial=1.0))
    scaled = (images - lo) * (255.0 / (hi - lo if hi > lo else 1.0))
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


class PredictionsProbe(ViewProbe):
    name = "predictions"
    interval = 0.25  # the captions change slowly; the images are sent with each payload

    def __init__(self, context: ProbeContext):
        super().__init__(context)
        x, y = context.test_samples(SAMPLES)
        self.part = scored_part(self.trainer)
        self.count = len(y)
        images = as_uint8(to_numpy(x))
        images.flags.writeable = False  # one array shared by every payload
        self.images = images
        self.truth = y.cpu().numpy().astype(np.int64)
        self.class_names = tuple(self.trainer.data.class_names)

    def collect(self) -> PredictionsPayload:
        out, _ = self.context.eval_outputs(self.part)
        probs = self.trainer.objective.probabilities(out[:self.count])
        predicted = probs.argmax(dim=-1)  # as the accuracy reads it
        confidence = probs.gather(1, predicted[:, None])[:, 0]
        return PredictionsPayload(self.images, self.truth, predicted.cpu().numpy().astype(np.int64),
                                  to_numpy(confidence), self.class_names, self.part)


PROBE = PredictionsProbe
