"""The series view of next-value regression: a few test sequences as lines, and at the step after
them the true next value (open circle) and the network's (cross), so a student sees at a glance
whether the network continues each wave."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.series import SeriesPayload
from playground.ui.plots import colors
from playground.ui.plots.style import FONT_POINT_SIZE, FOREGROUND, line_item, make_plot_widget
from playground.ui.views.base import ViewWidget, column, note_label

# One colour per sequence: not orange first, which means "negative" in a regression run.
SERIES_COLORS = (colors.BLUE, colors.CLASS_COLORS[2], colors.CLASS_COLORS[4], colors.CLASS_COLORS[5],
                 colors.ORANGE)
TRUE_SYMBOL, PREDICTED_SYMBOL = "o", "x"
LINE_GLYPH, CIRCLE_GLYPH, CROSS_GLYPH = "\u2501\u2501", "\u25cb", "\u2716"  # the key's pictures of them
MARKER_SIZE = 15
SPREAD = 0.5  # of the next step's width: the sequences' markers side by side, not on top
NEXT_BAND = (0, 0, 0, 14)


def series_color(i: int) -> tuple[int, int, int]:
    return SERIES_COLORS[i % len(SERIES_COLORS)]


def marker_x(steps: int, n: int) -> np.ndarray:
    """Where each sequence's markers go: spread across the next step (steps + 1), in order."""
    if n <= 1:
        return np.full(n, steps + 1.0)
    return steps + 1.0 + np.linspace(-SPREAD / 2, SPREAD / 2, n)


def step_ticks(steps: int) -> list[tuple[float, str]]:
    """Step numbers at a readable spacing (1, 5, 10, ...), and "next" at the step predicted."""
    spacing = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, math.inf) if steps / s <= 6)
    room = spacing / 2  # a number this close to "next" would run into it
    ticks = [(float(s), str(s)) for s in (1, *range(int(spacing), steps + 1, int(spacing)))
             if steps + 1 - s >= room]
    return sorted(set(ticks)) + [(steps + 1.0, translate("series", "next"))]


def _glyph(color: tuple[int, int, int], glyph: str) -> str:
    return f"<span style='color: {colors.hex_color(color)}; font-size: 14pt'>{glyph}</span>"


class SequenceLines:
    """One sequence's drawing: its input steps, a dashed step to the true next value, and the
    two next values as markers."""

    def __init__(self, plot: pg.PlotItem, color: tuple[int, int, int]):
        self.line = line_item(color, width=2.5)
        self.bridge = line_item(color, width=1.5, style=Qt.PenStyle.DashLine)
        self.true = pg.ScatterPlotItem(symbol=TRUE_SYMBOL, size=MARKER_SIZE, pen=pg.mkPen(color, width=2.5),
                                       brush=pg.mkBrush("w"))
        self.predicted = pg.ScatterPlotItem(symbol=PREDICTED_SYMBOL, size=MARKER_SIZE + 2, pen=pg.mkPen(color, width=1),
                                            brush=pg.mkBrush(color))
        for item in (self.line, self.bridge, self.true, self.predicted):
            plot.addItem(item)

    def set(self, steps: np.ndarray, values: np.ndarray, x_next: float, true: float, predicted: float) -> None:
        self.line.setData(steps, values)
        self.bridge.setData([steps[-1], x_next], [values[-1], true])
        self.true.setData([x_next], [true])
        self.predicted.setData([x_next], [predicted] if math.isfinite(predicted) else [])

    def remove(self, plot: pg.PlotItem) -> None:
        for item in (self.line, self.bridge, self.true, self.predicted):
            plot.removeItem(item)


class SeriesView(ViewWidget):
    name = "series"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        # The summary sits above the plot, not in its title: a plot title does not wrap, and a
        # long one widens the plot past a small window.
        self.summary_label = note_label()
        self.summary_label.setStyleSheet(f"color: rgb{FOREGROUND}; font-size: {FONT_POINT_SIZE + 2}pt; "
                                         "padding: 2px 6px;")
        layout.addWidget(self.summary_label)
        self.key = note_label()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        self.key.setStyleSheet(f"color: rgb{FOREGROUND}; font-size: {FONT_POINT_SIZE + 1}pt; padding: 2px 6px;")
        grey = (90, 90, 90)
        self.key.setText(translate("SeriesView", "{line}&nbsp;sequence&nbsp;&nbsp;&nbsp; {circle}&nbsp;true next"
                                   "&nbsp;&nbsp;&nbsp; {cross}&nbsp;network's next").format(
            line=_glyph(grey, LINE_GLYPH), circle=_glyph(grey, CIRCLE_GLYPH), cross=_glyph(grey, CROSS_GLYPH)))
        self.key.setToolTip(translate("SeriesView", "Each colour is one sequence the network has not trained on: it "
                                      "sees the line and predicts the value one step after it."))
        layout.addWidget(self.key)
        self.plot_widget = make_plot_widget(translate("SeriesView", "step"), translate("SeriesView", "value"))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)  # a picture to read, not a chart to explore
        self.plot.getViewBox().setDefaultPadding(0.04)
        self.band = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(NEXT_BAND), pen=pg.mkPen(None))
        self.band.setZValue(-10)
        self.plot.addItem(self.band)
        layout.addWidget(self.plot_widget, 1)
        self.sequences: list[SequenceLines] = []
        self._steps = 0

    def render(self, payload: SeriesPayload) -> None:
        n, steps = payload.inputs.shape
        while len(self.sequences) < n:
            self.sequences.append(SequenceLines(self.plot, series_color(len(self.sequences))))
        while len(self.sequences) > n:
            self.sequences.pop().remove(self.plot)
        if steps != self._steps:
            self._steps = steps
            self.band.setRegion((steps + 0.5, steps + 1.5))
            self.plot.getAxis("bottom").setTicks([step_ticks(steps)])
            self.plot.setXRange(0.5, steps + 1.5, padding=0.03)  # room for the last marker
        x = np.arange(1, steps + 1, dtype=np.float32)
        for seq, values, xn, t, p in zip(self.sequences, payload.inputs, marker_x(steps, n),
                                         payload.target, payload.predicted):
            seq.set(x, values, float(xn), float(t), float(p))
        self.summary_label.setText(self.summary(payload))

    @staticmethod
    def summary(payload: SeriesPayload) -> str:
        if not math.isfinite(payload.mean_error):
            return translate("SeriesView", "The network's output is not a number")
        summary = (translate("SeriesView", "Next value off by {error:.2g} on average ({n} test sequences)")
                   if payload.held_out else translate(
                       "SeriesView", "Next value off by {error:.2g} on average ({n} training (no test set) sequences)"))
        return summary.format(error=payload.mean_error, n=payload.n_scored)

    def reset(self) -> None:
        for seq in self.sequences:
            seq.remove(self.plot)
        self.sequences = []
        self._steps = 0
        self.summary_label.setText("")


WIDGET = SeriesView
