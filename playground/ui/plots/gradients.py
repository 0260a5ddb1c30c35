"""Per-layer gradient norms: over time (log axis, one line per layer) and now (a bar each),
so vanishing and exploding gradients are visible at a glance.

The bars are drawn as log10 of the norm on a linear axis with ticks labelled as powers of
ten: a bar chart cannot be plotted on a true log axis, since its bars start at zero.
"""

from __future__ import annotations

import html
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from playground.core.i18n import translate, translate_later
from playground.engine.snapshot import Snapshot
from playground.ui.plots import colors
from playground.ui.plots.history import DEFAULT_CAP, History
from playground.ui.plots.style import (FOREGROUND, XFollower, add_line, line_item, make_plot_widget,
                                      picture_legend)

log = logging.getLogger(__name__)

VANISHING = 1e-6
EXPLODING = 1e3
# Below this training loss the network already fits its data, so tiny gradients are what
# is expected, not a problem to warn about ("vanishing" would send students chasing ReLU).
CONVERGED_LOSS = 1e-3
# Below this a layer's gradient is as good as zero: its neurons are stuck (tanh or sigmoid
# saturated, ReLU dead), typically after too large a step, not the slow fade of "vanishing".
STUCK = 1e-10
FLOOR = 1e-12  # zero (a dead layer) is drawn here instead of vanishing off a log axis
BAR_WIDTH = 0.6
HINT_POINT_SIZE = 10

_SUPERSCRIPT = str.maketrans("-0123456789", "\u207b\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076"
                             "\u2077\u2078\u2079")


def _decade(d: int) -> str:
    return "1" if d == 0 else "10" + str(d).translate(_SUPERSCRIPT)


# written as the axis writes the levels (10⁻⁶, not 1e-06), short enough for one line
NEUTRAL_TEMPLATE = translate_later("gradients", "Red bars: vanishing (< {low}) or exploding (> {high}) gradients")
LEVELS = {"low": _decade(round(math.log10(VANISHING))), "high": _decade(round(math.log10(EXPLODING)))}
NEUTRAL_HINT = NEUTRAL_TEMPLATE.format(**LEVELS)  # in English: the tests compare with it
CONVERGED_HINT = translate_later("gradients", "Tiny gradients, because the loss is almost 0: training has converged")


def neutral_hint() -> str:
    return translate("gradients", NEUTRAL_TEMPLATE).format(**LEVELS)


def _join(names: list[str]) -> str:
    """"a, b and c", joined as the app's language joins a list."""
    text = names[0]
    for i, name in enumerate(names[1:], 1):
        joined = translate("gradients", "{names} and {name}") if i == len(names) - 1 else translate(
            "gradients", "{names}, {name}")
        text = joined.format(names=text, name=name)
    return text


def converged(loss: float) -> bool:
    return math.isfinite(loss) and loss < CONVERGED_LOSS


def problem_layers(norms: np.ndarray, loss: float = math.nan) -> np.ndarray:
    """A bool per layer: exploding, or vanishing while the loss still has room to fall."""
    norms = np.asarray(norms, np.float64)
    finite = np.isfinite(norms)
    bad = ~finite | (norms > EXPLODING)
    if not converged(loss):
        bad |= finite & (norms < VANISHING)
    return bad


def gradient_hint(names: list[str], norms: np.ndarray, loss: float = math.nan) -> tuple[str, bool]:
    """One sentence about the worst problem in `norms`, and whether it is a warning.

    `loss` (the training loss) tells vanishing gradients from a run that has converged.
    """
    norms = np.asarray(norms, np.float64)
    exploding = [n for n, v in zip(names, norms) if not math.isfinite(v) or v > EXPLODING]
    stuck = [n for n, v in zip(names, norms) if math.isfinite(v) and v < STUCK]
    vanishing = [n for n, v in zip(names, norms) if math.isfinite(v) and STUCK <= v < VANISHING]
    if exploding:  # worse than vanishing: the run is about to diverge
        return translate("gradients", "Gradients in {layers} are exploding: try a smaller learning rate").format(
            layers=_join(exploding)), True
    if (stuck or vanishing) and converged(loss):
        return translate("gradients", CONVERGED_HINT), False
    if stuck:
        return translate("gradients", "Gradients in {layers} are zero: the neurons are stuck. Try a smaller "
                         "learning rate, then Reset").format(layers=_join(stuck)), True
    if vanishing:
        return translate("gradients", "Gradients in {layers} are vanishing: try ReLU or a smaller network").format(
            layers=_join(vanishing)), True
    return neutral_hint(), False


def legend_html(names: list[str]) -> str:
    """Each layer name after a short line in its colour, as rich text for a QLabel."""
    return "&nbsp;&nbsp; ".join(
        f"<span style='white-space: nowrap'>"
        f"<span style='color: {colors.hex_color(colors.layer_color(i))}'>\u2501\u2501</span>"
        f"&nbsp;{html.escape(name)}</span>" for i, name in enumerate(names))


@dataclass
class GradientPoints:
    """A run's norms, taken out of the plot while the run is hidden (put_away/bring_back)."""

    names: list[str]
    history: History
    current: np.ndarray
    loss: float
    last_step: int | None
    current_step: int


class GradientsPlot(QWidget):
    weight_norms_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, cap: int = DEFAULT_CAP) -> None:
        super().__init__(parent)
        self._cap = cap
        self._names: list[str] = []
        self.history = History([], cap=cap)
        self._current = np.zeros(0)
        self._loss = math.nan  # training loss of the latest snapshot (for the hint)
        self._last_step: int | None = None
        self._current_step = 0
        self._grad_items: list[pg.PlotDataItem] = []
        self._weight_items: list[pg.PlotDataItem] = []
        self._bar_range: tuple[float, float, int] | None = None
        self._export_legend: pg.LegendItem | None = None  # while the lines are saved as a picture
        self._build_ui()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.draw)
        self._dirty = False
        # Set by a window that spreads its plots' drawing over several event-loop turns
        # (plots/frames.py): called instead of the timer when new points wait, and that
        # window then calls draw() in a turn of its own.
        self.on_dirty: Callable[[], None] | None = None

    def _build_ui(self) -> None:
        self.weights_box = QCheckBox(translate("GradientsPlot", "Weight norms"))
        self.weights_box.setToolTip(translate("GradientsPlot", "Also draw each layer's weight norm (dashed)."))
        self.weights_box.toggled.connect(self._on_weight_norms)
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(4, 0, 4, 0)
        toolbar.addWidget(self.weights_box)
        toolbar.addSpacing(12)

        # The layer names and their colours, in a row above the plot rather than a legend
        # inside it: the lines fill the plot's whole height (y fits the data), so an
        # in-plot legend always covers some of them.
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setToolTip(translate("GradientsPlot", "One line per layer with weights, named as on the canvas; "
                                         "the bars below show the latest value in the same colours."))
        toolbar.addWidget(self.legend, 1)

        self.lines_plot = make_plot_widget(translate("GradientsPlot", "epoch"), translate("GradientsPlot", "gradient"))  # "gradient norm" is cut off
        self.lines_plot.setToolTip(translate("GradientsPlot", "The size (norm) of each layer's gradient over the run, "
                                             "on a log scale: every step down is ten times smaller."))
        self.lines_plot.getPlotItem().setLogMode(y=True)
        self.follower = XFollower(self.lines_plot.getPlotItem())

        # a short label: this plot is short, and a longer one is cut off
        self.bars_plot = make_plot_widget("", translate("GradientsPlot", "latest"))
        self.bars_plot.setToolTip(translate("GradientsPlot", "Each layer's gradient size now. Between the dashed "
                                            "lines is healthy; below, the layer barely learns; above, training "
                                            "may blow up."))
        bars_item = self.bars_plot.getPlotItem()
        # Heights are log10 values; label the decades as the norms they stand for.
        bars_item.getAxis("left").setTicks([[(float(d), _decade(d)) for d in range(-15, 16, 3)]])
        bars_item.showGrid(x=False, y=True)
        bars_item.getViewBox().setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH)
        bars_item.addItem(self.bars)
        for level in (VANISHING, EXPLODING):
            line = pg.InfiniteLine(pos=math.log10(level), angle=0,
                                   pen=pg.mkPen(colors.WARNING_COLOR, width=1, style=Qt.PenStyle.DashLine))
            bars_item.addItem(line)
        self._set_bar_range(-7.0, 3.5)

        self._hint_state: tuple[str, bool] | None = None
        self.hint = QLabel(neutral_hint())
        self.hint.setWordWrap(True)
        self._set_hint(neutral_hint(), False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(toolbar)
        layout.addWidget(self.lines_plot, 3)
        layout.addWidget(self.bars_plot, 2)
        layout.addWidget(self.hint)

    # ---- layers ---------------------------------------------------------------------------

    def layer_names(self) -> list[str]:
        return list(self._names)

    def _set_layers(self, names: list[str]) -> None:
        plot = self.lines_plot.getPlotItem()
        for item in (*self._grad_items, *self._weight_items):
            plot.removeItem(item)
        self._names = list(names)
        self.history = History([*(f"g{i}" for i in range(len(names))),
                                *(f"w{i}" for i in range(len(names)))], cap=self._cap)
        self._grad_items, self._weight_items = [], []
        show_weights = self.weights_box.isChecked()
        for i, name in enumerate(names):
            color = colors.layer_color(i)
            # not antialiased, like the loss curves: with it this plot's repaint was the GUI
            # thread's longest (3.4 ms p50 on the reference run)
            grad = add_line(plot, line_item(color, width=2, antialias=False))
            weight = add_line(plot, line_item(color, width=1, style=Qt.PenStyle.DashLine))
            weight.setVisible(show_weights)
            self._grad_items.append(grad)
            self._weight_items.append(weight)
        self.bars_plot.getPlotItem().getAxis("bottom").setTicks([list(enumerate(names))])
        self.legend.setText(legend_html(names))

    # ---- data -----------------------------------------------------------------------------

    def add(self, snapshot: Snapshot) -> None:
        """Append the snapshot's per-layer norms; new layer names start the plot over."""
        names = snapshot.layer_names
        if names != self._names:
            self.clear()
            self._set_layers(names)
        step = snapshot.step
        if self._last_step is not None:
            if step == self._last_step:
                return
            if step < self._last_step:
                self.clear()
        self._last_step = step
        grads = np.asarray(snapshot.grad_norms, np.float64).reshape(-1)
        drawn = grads
        if step == 0:
            # no backward pass yet: zeros here are "nothing yet", not dead layers; left as
            # gaps, they do not drag the log axis down to FLOOR for the rest of the run
            drawn = np.where(grads == 0.0, np.nan, grads)
        weights = np.asarray(snapshot.weight_norms, np.float64).reshape(-1)
        n = len(names)
        if len(grads) != n:
            log.warning("snapshot has %d gradient norms for %d layers: skipped", len(grads), n)
            return
        if len(weights) != n:
            weights = np.full(n, np.nan)
        self.history.append(snapshot.epoch, np.concatenate([drawn, weights]))
        self._current = grads
        self._loss = float(snapshot.train_loss)
        self._current_step = step
        if not self._dirty:
            self._dirty = True
            if self.on_dirty is not None:
                self.on_dirty()
            else:
                self._refresh_timer.start()

    def draw(self) -> None:
        """Push waiting points to the lines if anyone can see them.

        A hidden plot (a tab in the back) only appends to its history, which is cheap, and
        catches up when it is shown (showEvent): pushing thousands of points into lines
        nobody sees cost ~3 ms a snapshot.
        """
        if self._dirty and self.isVisible():
            self.flush()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._dirty:
            self.flush()

    def flush(self) -> None:
        """Push the buffered points to the plot items now."""
        self._refresh_timer.stop()
        self._dirty = False
        h = self.history
        x = h.x.copy()
        show_weights = self.weights_box.isChecked()
        for i in range(len(self._names)):
            # a zero norm would be -inf on the log axis and vanish: pin it to the floor
            self._grad_items[i].setData(x, np.maximum(h.column(f"g{i}"), FLOOR), connect="finite")
            if show_weights:
                self._weight_items[i].setData(x, np.maximum(h.column(f"w{i}"), FLOOR),
                                              connect="finite")
        if len(x):
            self.follower.update(float(x[0]), float(x[-1]))
        self._update_bars()

    def _update_bars(self) -> None:
        values = self._current
        if not len(values):
            self.bars.setOpts(x=[], height=[], y0=0, brushes=[])
            self._set_hint(neutral_hint(), False)
            return
        if self._current_step == 0:
            # Before the first optimizer step there are no gradients yet: no bars (rather
            # than bars at FLOOR, which stretch the axis), nothing to warn about.
            low = -7.0
            brushes = [pg.mkBrush(colors.layer_color(i)) for i in range(len(values))]
            self.bars.setOpts(x=np.arange(len(values)), height=np.zeros(len(values)), y0=low,
                              brushes=brushes, width=BAR_WIDTH)
            self._set_bar_range(low, 3.5)
            self._set_hint(neutral_hint(), False)
            return
        finite = np.isfinite(values)
        logs = np.log10(np.maximum(np.where(finite, values, EXPLODING * 10), FLOOR))
        bad = problem_layers(values, self._loss)
        low = min(-7.0, math.floor(float(logs.min())) - 1.0)
        high = max(3.5, math.ceil(float(logs.max())) + 0.5)
        brushes = [pg.mkBrush(colors.WARNING_COLOR if b else colors.layer_color(i))
                   for i, b in enumerate(bad)]
        self.bars.setOpts(x=np.arange(len(values)), height=logs - low, y0=low, brushes=brushes,
                          width=BAR_WIDTH)
        self._set_bar_range(low, high)
        self._set_hint(*gradient_hint(self._names, values, self._loss))

    def _set_bar_range(self, low: float, high: float) -> None:
        key = (low, high, len(self._names))
        if key != self._bar_range:
            self._bar_range = key
            item = self.bars_plot.getPlotItem()
            item.setYRange(low, high, padding=0)
            item.setXRange(-0.5, max(len(self._names), 1) - 0.5, padding=0.05)

    def _set_hint(self, text: str, warning: bool) -> None:
        if (text, warning) == self._hint_state:
            return  # a style sheet change re-polishes the label: not on every frame
        self._hint_state = (text, warning)
        color = colors.hex_color(colors.WARNING_COLOR) if warning else f"rgb{FOREGROUND}"
        weight = "bold" if warning else "normal"
        self.hint.setStyleSheet(f"color: {color}; font-weight: {weight}; "
                                f"font-size: {HINT_POINT_SIZE}pt;")
        self.hint.setText(text)

    def exporting_lines(self, on: bool) -> None:
        """The lines saved as a picture carry the layer names inside (on), as plots/style.py's
        picture_legend says; taken away after (off)."""
        item = self.lines_plot.getPlotItem()
        if on:
            self._export_legend = picture_legend(item, list(zip(self._grad_items, self._names)))
        elif self._export_legend is not None:
            item.scene().removeItem(self._export_legend)
            self._export_legend = None

    # ---- reading back (tests, status bar) -----------------------------------------------------

    def series(self, layer_name: str) -> tuple[np.ndarray, np.ndarray]:
        """(epoch, gradient norm) of one layer as its line holds them (zeros pinned to FLOOR)."""
        if self._dirty:
            self.flush()
        x, y = self._grad_items[self._names.index(layer_name)].getOriginalDataset()
        return (np.zeros(0) if x is None else x), (np.zeros(0) if y is None else y)

    def weight_series(self, layer_name: str) -> tuple[np.ndarray, np.ndarray]:
        i = self._names.index(layer_name)
        return self.history.x.copy(), self.history.column(f"w{i}").copy()

    def bar_values(self) -> np.ndarray:
        """The latest per-layer gradient norms, as the bars show them (real values, not log)."""
        return self._current.copy()

    def bar_heights(self) -> np.ndarray:
        """log10 of the norms as drawn (bar top = y0 + height)."""
        if self._dirty:
            self.flush()
        opts = self.bars.opts
        return np.asarray(opts["y0"], np.float64) + np.asarray(opts["height"], np.float64)

    def legend_names(self) -> list[str]:
        """The layer names the legend row shows, in order."""
        return [html.unescape(n) for n in re.findall(r"&nbsp;([^<]+?)</span>", self.legend.text())]

    def hint_text(self) -> str:
        if self._dirty:
            self.flush()
        return self.hint.text()

    # ---- options and reset ------------------------------------------------------------------

    def set_weight_norms(self, on: bool) -> None:
        self.weights_box.setChecked(on)

    def _on_weight_norms(self, on: bool) -> None:
        for item in self._weight_items:
            item.setVisible(on)
        self.flush()
        self.weight_norms_changed.emit(on)

    def clear(self) -> None:
        """Empty the plots; the layer lines stay until a snapshot brings new layer names."""
        self._refresh_timer.stop()
        self._dirty = False
        self.history.clear()
        self._current = np.zeros(0)
        self._loss = math.nan
        self._current_step = 0
        self._last_step = None
        for item in (*self._grad_items, *self._weight_items):
            item.setData([], [])
        self.follower.reset()
        self._update_bars()

    def put_away(self) -> GradientPoints:
        """Take the run's norms out, leaving the plot empty; bring_back() shows them again."""
        points = GradientPoints(self._names, self.history, self._current, self._loss, self._last_step,
                                self._current_step)
        self.history = History(points.history.columns, cap=self._cap)
        self.clear()
        return points

    def bring_back(self, points: GradientPoints) -> None:
        self.clear()
        if points.names != self._names:
            self._set_layers(points.names)
        self.history, self._current, self._loss = points.history, points.current, points.loss
        self._last_step, self._current_step = points.last_step, points.current_step
        self.flush()
