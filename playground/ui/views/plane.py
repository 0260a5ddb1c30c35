"""The plane view: TensorFlow Playground's output over the input plane, with the data points."""

from __future__ import annotations

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
        column(self).addWidget(self.boundary)

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
