"""The plane view: TensorFlow Playground's output over the input plane, with the data points."""

from __future__ import annotations

import pyqtgraph as pg

from playground.core.task import Task
from playground.engine.payloads.plane import PlanePayload
from playground.ui.plots.boundary import PLANE, BoundaryPlot
from playground.ui.views.base import ViewWidget, column


class PlaneView(ViewWidget):
    name = "plane"
    needs_data = True

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        self.boundary = BoundaryPlot()
        self.boundary.set_mode(PLANE)
        self.boundary.point_chosen.connect(self._point_chosen)
        # the point a neuron is explained at (Ctrl+click), marked until another is chosen
        self.chosen = pg.ScatterPlotItem(size=14, symbol="x", pen=pg.mkPen("k", width=2), brush=None)
        self.chosen.setZValue(5)
        self.boundary.plot.addItem(self.chosen)
        column(self).addWidget(self.boundary)

    def _point_chosen(self, x1: float, x2: float) -> None:
        self.configure.emit("explain", {"point": [x1, x2]})

    def follow_choice(self, view: str, options: dict) -> None:
        if view == "explain" and "point" in options:
            self.chosen.setData([options["point"][0]], [options["point"][1]])
        elif view == "explain" and "sample" in options:
            self.chosen.setData([], [])  # a test sample now: no point of the plane

    def set_data(self, bundle) -> None:
        regression = bundle.shape.task == "regression"
        train, test = bundle.y_train, bundle.y_test
        if regression:
            train, test = train.reshape(len(train), -1)[:, 0], test.reshape(len(test), -1)[:, 0]
        self.boundary.set_points(bundle.points_train, train, bundle.points_test, test,
                                 n_classes=bundle.shape.n_classes or 2, regression=regression)

    def render(self, payload: PlanePayload) -> None:
        self.boundary.set_grid(payload.grid, payload.extent)

    def reset(self) -> None:
        self.boundary.clear_output()


WIDGET = PlaneView
