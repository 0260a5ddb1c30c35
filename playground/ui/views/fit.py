"""The predicted-against-true view of a regression: one point per test sample, the y = x line
a perfect network would put them all on, and R² and the mean absolute error."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.fit import FitPayload
from playground.ui.plots import colors
from playground.ui.plots.style import FONT_POINT_SIZE, FOREGROUND, line_item, make_plot_widget
from playground.ui.views.base import ViewWidget, column, note_label

POINT_SIZE = 7
POINT_ALPHA = 150  # overlapping points darken: where most samples lie shows
NOTE = translate_later("fit", "One point per test sample. On the dashed line (y = x) the prediction is exact; "
                       "above it too high, below too low. R\u00b2 = 1: a perfect fit; 0: no better than always "
                       "predicting the mean.")
NOTE_TRAINING = translate_later("fit", "One point per training sample (there is no test set). On the dashed line "
                                "(y = x) the prediction is exact; above it too high, below too low. R\u00b2 = 1: a "
                                "perfect fit; 0: no better than always predicting the mean.")
SEPARATOR = "&nbsp;&nbsp;\u00b7&nbsp;&nbsp;"  # the title is HTML: plain spaces would collapse


def summary(payload: FitPayload) -> str:
    """The title: short enough for a small window (a long title widens the plot past it)."""
    if not math.isfinite(payload.mae):
        return translate("fit", "The network's output is not a number")
    r2 = f"{payload.r2:.3f}" if math.isfinite(payload.r2) else translate("fit", "n/a")
    return translate("fit", "R\u00b2 = {r2}{separator}mean absolute error {mae:.3g}").format(
        r2=r2, separator=SEPARATOR, mae=payload.mae)


def diagonal(payload: FitPayload) -> tuple[float, float]:
    """The y = x line's ends: across every point, both ways, so the plot frames them all."""
    values = np.concatenate([payload.true, payload.predicted])
    values = values[np.isfinite(values)]
    if not len(values):
        return 0.0, 1.0
    lo, hi = float(values.min()), float(values.max())
    return (lo, hi) if hi > lo else (lo - 0.5, lo + 0.5)


class FitView(ViewWidget):
    name = "fit"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        self.plot_widget = make_plot_widget(translate("FitView", "true value"), translate("FitView", "predicted value"))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)  # a picture to read, not a chart to explore
        self.plot.getViewBox().setAspectLocked(True)  # y = x at 45 degrees
        self.line = line_item(FOREGROUND, width=1.5, style=Qt.PenStyle.DashLine)
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(None), antialias=True,
                                          brush=pg.mkBrush(*colors.BLUE, POINT_ALPHA))
        self.scatter.setZValue(1)
        self.plot.addItem(self.line)
        self.plot.addItem(self.scatter)
        layout.addWidget(self.plot_widget, 1)
        self.note = note_label()
        layout.addWidget(self.note)

    def render(self, payload: FitPayload) -> None:
        # a diverged network predicts NaN: pyqtgraph cannot frame points that are nowhere
        finite = np.isfinite(payload.true) & np.isfinite(payload.predicted)
        self.scatter.setData(payload.true[finite], payload.predicted[finite])
        lo, hi = diagonal(payload)
        self.line.setData([lo, hi], [lo, hi])
        self.plot.setTitle(summary(payload), color=FOREGROUND, size=f"{FONT_POINT_SIZE + 2}pt")
        text = translate("fit", NOTE if payload.part == "test" else NOTE_TRAINING)
        if payload.targets > 1:
            text = translate("FitView", "{note} Only the first of the {n} target values is shown.").format(
                note=text, n=payload.targets)
        if text != self.note.text():  # the same all run: no re-layout per payload
            self.note.setText(text)

    def reset(self) -> None:
        self.scatter.clear()
        self.line.setData([], [])
        self.plot.setTitle(None)
        self.note.setText("")


WIDGET = FitView
