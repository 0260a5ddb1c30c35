"""The curve view of a 1-D function fit: the samples, and the network's prediction over x."""

from __future__ import annotations

import numpy as np

from playground.core.task import Task
from playground.engine.payloads.curve import CurvePayload
from playground.ui.plots.boundary import CURVE, BoundaryPlot
from playground.ui.views.base import ViewWidget, column


class CurveView(ViewWidget):
    name = "curve"
    needs_data = True

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        self.boundary = BoundaryPlot()
        self.boundary.set_mode(CURVE)
        column(self).addWidget(self.boundary)

    def set_data(self, bundle) -> None:
        def pairs(x: np.ndarray, y: np.ndarray) -> np.ndarray:
            return np.column_stack([x.reshape(len(x), -1)[:, 0], y.reshape(len(y), -1)[:, 0]])

        self.boundary.set_curve(None, pairs(bundle.x_train, bundle.y_train), pairs(bundle.x_test, bundle.y_test))

    def render(self, payload: CurvePayload) -> None:
        self.boundary.set_curve(payload.curve)

    def reset(self) -> None:
        self.boundary.clear_output()


WIDGET = CurveView
