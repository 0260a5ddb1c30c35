"""A GAN's curves: D's and G's losses, D's score on real and on fake samples and, on the plane, how
far G's samples are from the data (JS divergence); below them, what is going wrong, in words."""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pyqtgraph as pg

from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.gan_scores import GanScoresPayload
from playground.ui.plots import colors
from playground.ui.plots.style import FONT_POINT_SIZE, FOREGROUND, add_line, line_item, make_plot_widget
from playground.ui.views.base import ViewWidget, column, note_label

D_COLOR, G_COLOR = colors.BLUE, (140, 60, 170)
REAL_COLOR, FAKE_COLOR, JS_COLOR = (20, 140, 60), (140, 60, 170), (120, 120, 120)
# 1 px lines: a plot of 3,000-point curves repaints in ~0.5 ms against ~4.5 ms at 2 px (measured,
# offscreen raster): the GAN's noisy curves read as well thin, and the GUI timer stays on time
CURVE_WIDTH = 1
KEEP = 4000  # points per series; beyond, every other one is dropped (the curve's shape stays)
SERIES = ("step", "d_loss", "g_loss", "d_real", "d_fake", "js")


X_STEPS = (1.5, 2, 3, 4, 5, 6, 8, 10, 15)  # the axis ends at these times a power of ten: the curves fill >= 2/3


def x_end(last: float) -> float:
    """Where the round axis ends for curves up to round `last`: a round number past it, so the axes
    (their ticks and labels are a third of a repaint) change a few times in a run, not every draw."""
    if last < 10:
        return 10.0
    decade = 10.0 ** math.floor(math.log10(last))
    return next(m * decade for m in X_STEPS if m * decade > last)


def title(payload: GanScoresPayload) -> str:
    """The latest figures, short enough for a narrow tab (a long title widens the plot past it)."""
    text = f"D {payload.d_loss:.3f} \u00b7 G {payload.g_loss:.3f}"
    text += translate("gan_scores", " \u00b7 D(real) {real:.2f} \u00b7 D(fake) {fake:.2f}").format(real=payload.d_real, fake=payload.d_fake)
    if math.isfinite(payload.js):
        text += f" \u00b7 JS {payload.js:.2f}"
    return text


class GanScoresView(ViewWidget):
    name = "gan_scores"
    # curves the eye follows at a dozen frames a second; each draw repaints two plots, in two
    # turns (render's slices), so no turn holds the GUI thread for both (docs/PERFORMANCE.md)
    max_rate = 12.0

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        self.losses_widget = make_plot_widget(translate("GanScoresView", "round"), translate("GanScoresView", "loss"))
        self.scores_widget = make_plot_widget(translate("GanScoresView", "round"), translate("GanScoresView", "score \u00b7 JS") if task.plane else translate("GanScoresView", "score"))
        self.losses, self.scores = self.losses_widget.getPlotItem(), self.scores_widget.getPlotItem()
        self.scores.setXLink(self.losses)
        self.scores.setYRange(0, 1, padding=0.02)
        self.losses.getViewBox().enableAutoRange(axis=pg.ViewBox.XAxis, enable=False)  # x_end's steps
        self._x_end: float | None = None
        for plot in (self.losses, self.scores):
            plot.addLegend(offset=(-10, 10))
        self.lines = {
            "d_loss": add_line(self.losses, line_item(D_COLOR, width=CURVE_WIDTH,
                                                  name=translate("GanScoresView", "D loss"))),
            "g_loss": add_line(self.losses, line_item(G_COLOR, width=CURVE_WIDTH,
                                                  name=translate("GanScoresView", "G loss"))),
            "d_real": add_line(self.scores, line_item(REAL_COLOR, width=CURVE_WIDTH,
                                                  name=translate("GanScoresView", "D(real)"))),
            "d_fake": add_line(self.scores, line_item(FAKE_COLOR, width=CURVE_WIDTH,
                                                  name=translate("GanScoresView", "D(fake)"))),
        }
        if task.plane:
            self.lines["js"] = add_line(self.scores, line_item(JS_COLOR, width=1, name=translate("GanScoresView", "JS divergence")))
        layout.addWidget(self.losses_widget, 1)
        layout.addWidget(self.scores_widget, 1)
        self.notice = note_label()
        self.notice.setStyleSheet(f"color: {colors.hex_color(colors.WARNING_COLOR)}; padding: 2px 6px;")
        layout.addWidget(self.notice)
        self.history: dict[str, list[float]] = {name: [] for name in SERIES}

    def set_payload(self, payload: GanScoresPayload) -> None:
        """Every payload joins the curves, drawn or not (a hidden tab shows the whole run when shown)."""
        steps = self.history["step"]
        if steps and payload.step < steps[-1]:  # a new run
            self._forget()
        if not steps or payload.step != steps[-1]:
            for name in SERIES:
                self.history[name].append(float(getattr(payload, name)))
            if len(steps) > KEEP:
                for values in self.history.values():
                    del values[1::2]
        super().set_payload(payload)

    def render(self, payload: GanScoresPayload) -> Iterator[None]:
        """Two slices: the losses' plot, then the scores' (each repainted in its own turn)."""
        steps = np.asarray(self.history["step"])
        for name in ("d_loss", "g_loss"):
            self.lines[name].setData(steps, np.asarray(self.history[name]))
        end = x_end(float(steps[-1])) if len(steps) else None
        if end is not None and end != self._x_end:
            self._x_end = end
            self.losses.setXRange(0, end, padding=0)  # the scores' plot follows (linked)
        text = title(payload)
        if text != self.losses.titleLabel.text:
            self.losses.setTitle(text, color=FOREGROUND, size=f"{FONT_POINT_SIZE + 1}pt")
        yield
        for name, line in self.lines.items():
            if name not in ("d_loss", "g_loss"):
                line.setData(steps, np.asarray(self.history[name]))
        if payload.notice != self.notice.text():
            self.notice.setText(payload.notice)

    def _forget(self) -> None:
        for values in self.history.values():
            values.clear()

    def reset(self) -> None:
        self._forget()
        self._x_end = None
        for line in self.lines.values():
            line.setData([], [])
        self.losses.setTitle(None)
        self.notice.setText("")


WIDGET = GanScoresView
