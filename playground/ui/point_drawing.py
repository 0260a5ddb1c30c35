"""Drawing a data set on the decision-boundary plot: click adds a point of the chosen class (or
value), a drag moves one, a right click (or a click in erase mode) removes one, digit keys choose
the class. Every change is one undoable edit of the data set's `points` option (a SetSetting),
so it is saved with the project and makes a loaded run stale like any other data change.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QObject, Signal

from playground.core.datasets import DATASETS, DRAWN, PLANE_HALF_WIDTH
from playground.ui.document import Document
from playground.ui.plots.boundary import BoundaryPlot

log = logging.getLogger(__name__)

PICK_PIXELS = 9  # a click this close to a point (in screen pixels) takes that point
# the values the digit keys give a drawn regression point, orange (-1) to blue (+1)
VALUE_KEYS = (-1.0, -0.5, 0.0, 0.5, 1.0)


class PointDrawing(QObject):
    """Turns the boundary plot's mouse gestures into edits of the drawn points."""

    changed = Signal()  # the chosen class or value, or erase mode, changed

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.current_class = 0
        self.current_value = 1.0
        self.erase = False
        self._plot: BoundaryPlot | None = None
        self._drag: int | None = None
        document.data_changed.connect(self._data_changed)
        document.project_replaced.connect(self._data_changed)

    # ----- what is drawn -------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.document.project.data.dataset in DRAWN

    @property
    def classification(self) -> bool:
        return DATASETS[self.document.project.data.dataset].family == "2d-classification"

    @property
    def n_classes(self) -> int:
        return int(self.document.data_values().get("n_classes", 2)) if self.classification else 0

    def points(self) -> list[list[float]]:
        return [list(p) for p in self.document.data_values().get("points", ())]

    def label(self) -> float:
        """What a new point gets: the chosen class, or value."""
        return float(self.current_class) if self.classification else self.current_value

    # ----- choices -----------------------------------------------------------------------------
    def set_class(self, index: int) -> None:
        if 0 <= index < max(self.n_classes, 1) and index != self.current_class:
            self.current_class = index
            self.changed.emit()

    def set_value(self, value: float) -> None:
        if value != self.current_value:
            self.current_value = float(value)
            self.changed.emit()

    def set_erase(self, on: bool) -> None:
        if on != self.erase:
            self.erase = on
            self.changed.emit()

    def choose_by_key(self, digit: int) -> None:
        """Key 1 is the first class (or the first of VALUE_KEYS), 2 the second, ..."""
        self.set_erase(False)
        if self.classification:
            self.set_class(digit - 1)
        elif digit <= len(VALUE_KEYS):
            self.set_value(VALUE_KEYS[digit - 1])

    # ----- the plot ----------------------------------------------------------------------------
    def attach(self, plot: BoundaryPlot | None) -> None:
        """Draw on `plot` (the current task's boundary plot, or None) while the data set is drawn."""
        if plot is not self._plot:
            if self._plot is not None:
                self._disconnect(self._plot)
            self._plot = plot
            if plot is not None:
                plot.draw_pressed.connect(self._pressed)
                plot.draw_dragged.connect(self._dragged)
                plot.draw_released.connect(self._released)
                plot.draw_key.connect(self.choose_by_key)
                plot.destroyed.connect(self._plot_gone)
        self._update_plot()

    def _disconnect(self, plot: BoundaryPlot) -> None:
        try:
            for signal, slot in ((plot.draw_pressed, self._pressed), (plot.draw_dragged, self._dragged),
                                 (plot.draw_released, self._released), (plot.draw_key, self.choose_by_key),
                                 (plot.destroyed, self._plot_gone)):
                signal.disconnect(slot)
            plot.set_drawing(False)
        except RuntimeError:  # the plot's C++ side is already gone with its view
            pass

    def _plot_gone(self, *_: object) -> None:
        self._plot = None
        self._drag = None

    def _data_changed(self) -> None:
        if self.classification and self.current_class >= self.n_classes:
            self.current_class = 0
            self.changed.emit()
        self._update_plot()

    def _update_plot(self) -> None:
        if self._plot is None:
            return
        drawing = self.active
        if drawing and not self._plot.drawing():
            self._plot.set_show_test(True)  # a point drawn must not vanish into the hidden test set
        self._plot.set_drawing(drawing)
        self._drag = None

    # ----- gestures ------------------------------------------------------------------------------
    def nearest(self, x: float, y: float) -> int | None:
        """The index of the drawn point within PICK_PIXELS of (x, y), the closest; or None."""
        if self._plot is None:
            return None
        sx, sy = self._plot.pixel_size()
        best, best_d = None, float(PICK_PIXELS)
        for i, (px, py, _) in enumerate(self.points()):
            d = math.hypot((px - x) / sx, (py - y) / sy)
            if d <= best_d:
                best, best_d = i, d
        return best

    def _pressed(self, x: float, y: float, right: bool) -> None:
        self._drag = None
        hit = self.nearest(x, y)
        if right or self.erase:
            if hit is not None:
                self.remove(hit)
        elif hit is not None:
            self._drag = hit
        else:
            self.add(x, y)

    def _dragged(self, x: float, y: float) -> None:
        if self._drag is not None and self._plot is not None:
            self._plot.show_drag_marker(*_clamped(x, y))

    def _released(self, x: float, y: float) -> None:
        index, self._drag = self._drag, None
        if index is None or math.isnan(x) or math.isnan(y):
            return
        self.move(index, x, y)

    # ----- edits (each one undo step) -------------------------------------------------------------
    def add(self, x: float, y: float) -> None:
        self._set([*self.points(), [*_clamped(x, y), self.label()]], "add")

    def move(self, index: int, x: float, y: float) -> None:
        points = self.points()
        if not 0 <= index < len(points):
            return
        cx, cy = _clamped(x, y)
        if (cx, cy) == tuple(points[index][:2]):
            return
        points[index] = [cx, cy, points[index][2]]
        self._set(points, "move")

    def remove(self, index: int) -> None:
        points = self.points()
        if 0 <= index < len(points):
            del points[index]
            self._set(points, "remove")

    def clear_points(self) -> None:
        if self.points():
            self._set([], "clear")

    def _set(self, points: list[list[float]], what: str) -> None:
        log.debug("drawn points: %s, %d now", what, len(points))
        self.document.set_setting("data", "points", points)


def _clamped(x: float, y: float) -> tuple[float, float]:
    """Inside the plane, rounded to 1/1000 (the project file stays short and readable)."""
    return tuple(round(min(max(v, -PLANE_HALF_WIDTH), PLANE_HALF_WIDTH), 3) for v in (x, y))  # type: ignore[return-value]
