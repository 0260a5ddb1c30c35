"""The predictions view: test images with the class the network gives each and how sure it is.

Wrong ones are framed and captioned in red with their true class. When the network has feature
maps, clicking an image chooses it for the feature-maps view.
"""

from __future__ import annotations

import math

import numpy as np
from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.predictions import PredictionsPayload
from playground.ui.plots.colors import WARNING_COLOR
from playground.ui.plots.style import FOREGROUND
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.image_grid import ImageGrid
from playground.ui.views.report import heading_label, white_page

FIRST_SAMPLE = 0  # the sample the feature-maps view starts a run with


def caption(name: str, confidence: float, truth: str | None) -> str:
    """'cat: 97%', and for a wrong guess a second line with the true class."""
    sure = f"{round(100 * confidence)}%" if math.isfinite(confidence) else "?"
    first = f"{name}: {sure}"
    return first if truth is None else translate("predictions", "{first}\ntrue: {truth}").format(first=first, truth=truth)


class PredictionsView(ViewWidget):
    name = "predictions"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        self.choosable = bool(task.map_layers)  # only the feature-maps view follows a choice
        self.chosen: int | None = FIRST_SAMPLE if self.choosable else None
        white_page(self)
        self.heading = heading_label()
        if self.choosable:
            note = translate("PredictionsView", "Under each image: the network's guess and how sure it is. Red: "
                             "wrong, with the true class. Click an image to see its feature maps.")
        else:
            note = translate("PredictionsView", "Under each image: the network's guess and how sure it is. Red: "
                             "wrong, with the true class.")
        self.note = note_label(note)
        self.grid = ImageGrid(clickable=self.choosable)
        self.grid.clicked.connect(self._choose)
        layout = column(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.note)
        self._images: np.ndarray | None = None  # the pixels the grid holds now

    def render(self, payload: PredictionsPayload) -> None:
        if self._images is None or not np.array_equal(self._images, payload.images):
            self._images = payload.images
            # one-channel images are digits: dark ink on the white page reads best from afar
            self.grid.set_images(payload.images, levels=(0, 255), ink=payload.images.shape[1] == 1)
        names = payload.class_names or tuple(str(k) for k in range(int(payload.truth.max(initial=0)) + 1))
        wrong = payload.wrong
        self.grid.set_captions(
            [caption(names[p], float(c), names[t] if w else None)
             for p, c, t, w in zip(payload.predicted, payload.confidence, payload.truth, wrong)],
            [WARNING_COLOR if w else FOREGROUND for w in wrong])
        self.grid.set_frames([WARNING_COLOR if w else None for w in wrong])
        self.grid.set_selected(self.chosen)
        n, right = len(wrong), int(len(wrong) - wrong.sum())
        heading = (translate("PredictionsView", "{right} of {n} test images right") if payload.part == "test"
                   else translate("PredictionsView", "{right} of {n} training images right"))
        self.heading.setText(heading.format(right=right, n=n))

    def _choose(self, index: int) -> None:
        self.chosen = index
        self.grid.set_selected(index)
        self.configure.emit("feature_maps", {"sample": index})

    def follow_choice(self, view: str, options: dict) -> None:
        if view == "feature_maps" and self.choosable and "sample" in options:
            self.chosen = int(options["sample"])
            self.grid.set_selected(self.chosen)

    def reset(self) -> None:
        self._images = None
        self.chosen = FIRST_SAMPLE if self.choosable else None
        self.grid.clear()
        self.grid.set_selected(self.chosen)
        self.heading.setText("")


WIDGET = PredictionsView
