"""Train/test loss and accuracy against epoch, live.

add() only appends to a bounded History (about a microsecond); the plot items are updated
at most once per event-loop turn by a zero-interval single-shot timer, so a burst of
snapshots costs one redraw. Readers that need the items up to date call flush(). A window
that spreads its drawing over several turns sets on_dirty and calls draw("loss") and
draw("accuracy") in turns of their own instead (each plot's update and repaint is 2-4 ms).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QVBoxLayout,
                               QWidget)

from playground.core.i18n import translate, translate_later
from playground.core.curves_csv import CurveRow
from playground.engine.snapshot import Snapshot
from playground.ui.plots.history import DEFAULT_CAP, History
from playground.ui.plots.style import (FAINT_ALPHA, FOREGROUND, XFollower, add_line, line_item,
                                      make_plot_widget, picture_legend)
from playground.ui.steady_label import LabelStrip

log = logging.getLogger(__name__)

SERIES = ("train_loss", "test_loss", "train_acc", "test_acc")
# Dark slate and purple: neither the orange nor the blue that mean "class 0 / negative" and
# "class 1 / positive" in the boundary plot and on the canvas, nor the red of warnings.
TRAIN_COLOR = (55, 71, 79)
TEST_COLOR = (142, 36, 170)
MAX_SMOOTHING = 0.99
RECORDED = ("step", "learning_rate")  # kept with each point, not drawn
PARTS = ("loss", "accuracy")  # the two plots, drawn apart by draw(part) / flush(part)
# The read-out of the latest values is rich text: laying it out and painting it is ~1 ms, so
# it changes at most this often (a number that changes 30 times a second cannot be read).
LATEST_INTERVAL_MS = 250
# The x axis can follow the run: the last N epochs only, so early learning is not squashed
# into the left edge (None: the whole run).
WINDOWS: tuple[float | None, ...] = (None, 1.0, 5.0, 20.0, 100.0)
# The window's left edge moves in steps of this share of it, not with every point: each x-range
# change makes every line recompute its clipped samples (see XFollower).
WINDOW_STEP = 0.1


def window_start(first: float, last: float, window: float | None) -> float:
    """The left edge of the x range that shows the last `window` epochs of a run."""
    if window is None or last - first <= window:
        return first
    step = WINDOW_STEP * window
    return max(first, math.floor((last - window) / step) * step)


# Pinned runs' ghosts: a colour each (none of the live curves' nor the classes'), faded, dashed.
GHOST_COLORS = ((0, 137, 123), (109, 76, 65), (192, 110, 0), (84, 110, 122), (173, 20, 87), (51, 105, 30),
                (40, 53, 147), (130, 119, 23))
GHOST_ALPHA = (70, 170)  # train, test: the test curve is the one to compare


@dataclass
class Ghost:
    """A pinned run as the plots draw it: its label and its curves (SERIES name -> y over x)."""

    label: str
    x: np.ndarray
    series: dict[str, np.ndarray]


def _color(name: str) -> tuple[int, int, int]:
    return TRAIN_COLOR if name.startswith("train") else TEST_COLOR


def format_loss(value: float) -> str:
    if not math.isfinite(value):
        return "\u2013"
    return f"{value:.3g}" if abs(value) >= 1e-3 else f"{value:.2e}"


def format_percent(value: float) -> str:
    return f"{value:.1f}%" if math.isfinite(value) else "\u2013"


def _swatch(color: tuple[int, int, int]) -> str:
    return f"<span style='color: rgb{color}'>\u2501\u2501</span>"


def readout_html(rows: list[tuple[str, str, str, str | None]]) -> str:
    """The legend and the latest values as a small table: (series, its label, loss, accuracy or
    None); the series ("train", "test") gives the colour, the label the words.

    It stands above the plots instead of a legend inside them, which covered the start of
    every curve (and half of a short accuracy plot).
    """
    cells = []
    for name, label, loss, acc in rows:
        loss_cell = translate("curves", "loss&nbsp;<b>{loss}</b>").format(loss=loss)
        row = (f"<td>{_swatch(_color(name))}&nbsp;{label}&nbsp;&nbsp;&nbsp;</td>"
               f"<td>{loss_cell}&nbsp;&nbsp;&nbsp;</td>")
        if acc is not None:
            row += "<td>{}</td>".format(translate("curves", "accuracy&nbsp;<b>{accuracy}</b>").format(accuracy=acc))
        cells.append(f"<tr>{row}</tr>")
    return f"<table cellspacing='0' cellpadding='0'>{''.join(cells)}</table>"


@dataclass
class CurvePoints:
    """A run's points, taken out of the plot while the run is hidden (put_away/bring_back)."""

    history: History
    ema: list[float]
    last_step: int | None
    classification: bool
    smoothing: float


class CurvesPlot(QWidget):
    log_scale_changed = Signal(bool)
    smoothing_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, cap: int = DEFAULT_CAP) -> None:
        super().__init__(parent)
        # raw values, then their moving averages: thinning keeps the two aligned; the step and
        # the learning rate of each point are kept for File > Export > Curves as CSV
        self.history = History([*SERIES, *(s + "_smooth" for s in SERIES), *RECORDED], cap=cap)
        self._smoothing = 0.0
        self._ema = [math.nan] * len(SERIES)  # running averages, independent of thinning
        self._last_step: int | None = None
        self._classification = True
        self._latest_timer = QTimer(self)
        self._latest_timer.setSingleShot(True)
        self._latest_timer.setInterval(LATEST_INTERVAL_MS)
        self._latest_timer.timeout.connect(self._show_latest)
        self._latest_shown_at = -math.inf
        self._latest_html = ""
        self._export_legend: pg.LegendItem | None = None  # while a plot is saved as a picture
        # what the two series are called: a GAN's are D's loss and G's, not train and test
        # (English keys, translated where shown: "D" and "G" stay as they are)
        self._labels = {"train": translate_later("CurvesPlot", "train"), "test": translate_later("CurvesPlot", "test")}
        self._window: float | None = None  # epochs the x axis follows (None: the whole run)
        self._build_ui()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.draw)
        self._dirty = False  # some part has points its lines do not show yet
        self._waiting: set[str] = set()  # those parts
        # Set by a window that spreads its plots' drawing over several event-loop turns
        # (plots/frames.py): called instead of the timer on every add(), and that window then
        # calls draw(part) for each part in a turn of its own.
        self.on_dirty: Callable[[], None] | None = None

    def _build_ui(self) -> None:
        self.log_box = QCheckBox(translate("CurvesPlot", "Log scale"))
        self.log_box.setToolTip(translate("CurvesPlot", "Loss on a logarithmic axis: shows progress once the loss is small."))
        self.log_box.toggled.connect(self._on_log_scale)
        self.smoothing_slider = QSlider(Qt.Orientation.Horizontal)
        self.smoothing_slider.setRange(0, int(MAX_SMOOTHING * 100))
        self.smoothing_slider.setFixedWidth(120)
        self.smoothing_slider.setToolTip(translate("CurvesPlot", "Exponential moving average of the curves; the raw "
                                                   "values stay visible, faint, behind."))
        self.smoothing_slider.valueChanged.connect(lambda v: self._apply_smoothing(v / 100.0))
        self.smoothing_value = QLabel("0.00")
        self.smoothing_value.setMinimumWidth(32)
        self.window_box = QComboBox()
        for window in WINDOWS:
            if window is None:
                text = translate("CurvesPlot", "Whole run")
            elif window == 1:
                text = translate("CurvesPlot", "Last {n:g} epoch").format(n=window)
            else:
                text = translate("CurvesPlot", "Last {n:g} epochs").format(n=window)
            self.window_box.addItem(text, window)
        self.window_box.setToolTip(translate("CurvesPlot", "The x axis follows the run: show only its last epochs, "
                                             "so the start of learning is not squashed into the left edge."))
        self.window_box.currentIndexChanged.connect(lambda i: self.set_window(self.window_box.itemData(i)))
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(4, 0, 4, 0)
        toolbar.addWidget(self.log_box)
        toolbar.addSpacing(12)
        toolbar.addWidget(QLabel(translate("CurvesPlot", "Smoothing")))
        toolbar.addWidget(self.smoothing_slider)
        toolbar.addWidget(self.smoothing_value)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.window_box)
        toolbar.addStretch(1)

        self.latest = QLabel()
        self.latest.setTextFormat(Qt.TextFormat.RichText)
        self.latest.setStyleSheet(f"color: rgb{FOREGROUND}; font-size: 10pt;")
        self.latest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latest.setToolTip(translate("CurvesPlot", "Line colours, and the latest loss and accuracy on the "
                                         "training and the held-out test data."))
        self._latest_plain = ""

        # The x axis is drawn once, below accuracy (below the loss when accuracy is hidden):
        # the plots share it, and at 1280x720 two of them left the accuracy plot no height.
        self.loss_plot = make_plot_widget(translate("CurvesPlot", "epoch"), translate("CurvesPlot", "loss"))
        self._show_loss_x_axis(False)
        self.acc_plot = make_plot_widget(translate("CurvesPlot", "epoch"), translate("CurvesPlot", "accuracy %"))
        self.acc_plot.setXLink(self.loss_plot)
        # a little beyond 0-100 % so lines at 100 % are not glued to the frame
        self.acc_plot.getPlotItem().getViewBox().setLimits(yMin=-2, yMax=102)
        self.items: dict[str, pg.PlotDataItem] = {}
        self.raw_items: dict[str, pg.PlotDataItem] = {}
        for name in SERIES:
            plot = self.loss_plot if name.endswith("loss") else self.acc_plot
            raw = add_line(plot.getPlotItem(), line_item((*_color(name), FAINT_ALPHA), width=1))
            # not antialiased: the antialiased 2 px lines were the largest single slice of GUI
            # work per frame (2.3-3.4 ms) and pushed the 16 ms timer's p99 past 5 ms
            line = add_line(plot.getPlotItem(), line_item(_color(name), width=2, antialias=False))
            raw.setVisible(False)
            self.items[name], self.raw_items[name] = line, raw

        self.follower = XFollower(self.loss_plot.getPlotItem(), self.acc_plot.getPlotItem())
        self._ghost_items: list[tuple[pg.PlotItem, pg.PlotDataItem]] = []
        self.ghost_legend = pg.LegendItem(offset=(-8, 8), labelTextColor=FOREGROUND, labelTextSize="8pt",
                                          brush=pg.mkBrush(255, 255, 255, 210))
        self.ghost_legend.setParentItem(self.loss_plot.getPlotItem().getViewBox())
        self.ghost_legend.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(toolbar)
        # in a strip: a long read-out must not widen the plot column, nor a new one re-lay out
        # the panel (and repaint all of it) several times a second
        self._latest_strip = LabelStrip(self.latest)
        layout.addWidget(self._latest_strip)
        self._update_latest()
        # the accuracy plot also holds the shared x axis (about 40 px): at 1280x720 anything
        # less than 3/5 left it too short for its own label
        layout.addWidget(self.loss_plot, 2)
        layout.addWidget(self.acc_plot, 3)

    # ---- data -----------------------------------------------------------------------------

    def add(self, snapshot: Snapshot) -> None:
        """Append one point at x = snapshot.epoch.

        A snapshot with the step already shown is skipped (a republished pause or finish);
        a smaller step means a new run, so the curves start over.
        """
        step = snapshot.step
        if self._last_step is not None:
            if step == self._last_step:
                return
            if step < self._last_step:
                log.debug("step went back from %d to %d: a new run, clearing", self._last_step, step)
                self.clear()
        self._last_step = step
        classification = snapshot.train_accuracy is not None
        self._set_classification(classification)
        train_acc = snapshot.train_accuracy
        test_acc = snapshot.test_accuracy
        raw = (snapshot.train_loss, snapshot.test_loss,
               math.nan if train_acc is None else 100.0 * train_acc,
               math.nan if test_acc is None else 100.0 * test_acc)
        w, ema = self._smoothing, self._ema
        smooth = [math.nan] * 4
        for i, v in enumerate(raw):
            if v == v:  # not NaN; a NaN leaves the average where it was and leaves a gap
                e = ema[i]
                ema[i] = v if e != e else w * e + (1.0 - w) * v
                smooth[i] = ema[i]
        self.history.append(snapshot.epoch, (*raw, *smooth, step, snapshot.learning_rate))
        self._waiting.update(PARTS)
        self._dirty = True
        if self.on_dirty is not None:
            self.on_dirty()  # every time: a part drawn since must be drawn again
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _set_classification(self, classification: bool) -> None:
        if classification != self._classification:
            self._classification = classification
            self.acc_plot.setVisible(classification)
            self._show_loss_x_axis(not classification)

    def draw(self, part: str | None = None) -> None:
        """Push waiting points to the lines (of one part) if anyone can see them.

        A hidden plot (a tab in the back) only appends to its history, which is cheap, and
        catches up when it is shown (showEvent): pushing thousands of points into lines
        nobody sees cost ~3 ms a snapshot.
        """
        if self._dirty and self.isVisible() and (part is None or part in self._waiting):
            self.flush(part)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._dirty:
            self.flush()

    def _show_loss_x_axis(self, on: bool) -> None:
        axis = self.loss_plot.getPlotItem().getAxis("bottom")
        axis.setStyle(showValues=on)
        axis.showLabel(on)

    def exporting_loss(self, on: bool) -> None:
        self._exporting("loss", on)

    def exporting_accuracy(self, on: bool) -> None:
        self._exporting("accuracy", on)

    def _exporting(self, part: str, on: bool) -> None:
        """A plot saved as a picture stands alone: while it is exported (on) it has its own legend
        (on screen the read-out above the plots is the legend) and, for the loss, the epoch axis it
        shares with accuracy on screen; both go again after (off)."""
        item = (self.loss_plot if part == "loss" else self.acc_plot).getPlotItem()
        if part == "loss" and self._classification:
            self._show_loss_x_axis(on)
        if on:
            self._export_legend = picture_legend(item, [(self.items[name], self._label(name.split("_")[0])) for name in SERIES
                                                        if name.endswith("loss") == (part == "loss")])
        elif self._export_legend is not None:
            item.scene().removeItem(self._export_legend)
            self._export_legend = None
            item.layout.activate()

    def flush(self, part: str | None = None) -> None:
        """Push the buffered points to the plot items now: both plots, or one `part`
        ("loss" or "accuracy"; the other keeps its points waiting)."""
        parts = PARTS if part is None else (part,)
        self._waiting.difference_update(parts)
        self._dirty = bool(self._waiting)
        if not self._dirty:
            self._refresh_timer.stop()
        h = self.history
        x = h.x.copy()
        smoothed = self._smoothing > 0
        for name in SERIES:
            accuracy = name.endswith("acc")
            if PARTS[accuracy] not in parts or (accuracy and not self._classification):
                continue
            raw = h.column(name).copy()
            if smoothed:
                self.items[name].setData(x, h.column(name + "_smooth").copy(), connect="finite")
                self.raw_items[name].setData(x, raw, connect="finite")
            else:
                self.items[name].setData(x, raw, connect="finite")
        if len(x):
            self._follow(float(x[0]), float(x[-1]))
        if "loss" in parts:
            self._update_latest()

    def _follow(self, first: float, last: float) -> None:
        self.follower.update(window_start(first, last, self._window), last)

    def window(self) -> float | None:
        """The epochs the x axis follows (None: the whole run)."""
        return self._window

    def set_window(self, epochs: float | None) -> None:
        """Follow the last `epochs` epochs (one of WINDOWS), or the whole run (None)."""
        index = self.window_box.findData(epochs) if epochs is not None else 0
        if index < 0:
            raise ValueError(f"no window of {epochs} epochs: choose one of {WINDOWS}")
        self._window = epochs
        self.window_box.blockSignals(True)
        self.window_box.setCurrentIndex(index)
        self.window_box.blockSignals(False)
        self.follower.reset()  # the view follows the run again, at the new width
        if len(self.history):
            self._follow(float(self.history.x[0]), float(self.history.x[-1]))

    def x_range(self) -> tuple[float, float]:
        """The x range the loss plot shows now."""
        (x0, x1), _ = self.loss_plot.getPlotItem().getViewBox().viewRange()
        return x0, x1

    def set_series_labels(self, train: str, test: str) -> None:
        """Name the two series (the read-out and a saved picture's legend), e.g. "D" and "G"."""
        labels = {"train": train, "test": test}
        if labels != self._labels:
            self._labels = labels
            self._update_latest()

    def _update_latest(self) -> None:
        """The read-out table; before any data it is the legend alone, with dashes."""
        h = self.history
        rows = []
        for which in ("train", "test"):
            loss = format_loss(h.last(f"{which}_loss"))
            acc = format_percent(h.last(f"{which}_acc")) if self._classification else None
            rows.append((which, self._label(which), loss, acc))
        self._latest_html = readout_html(rows)
        # while points stream in, the label follows at most every LATEST_INTERVAL_MS
        if not len(h) or time.monotonic() - self._latest_shown_at >= LATEST_INTERVAL_MS / 1000:
            self._show_latest()
            if not len(h):
                self._latest_shown_at = -math.inf  # the first values show at once
        elif not self._latest_timer.isActive():
            self._latest_timer.start()
        self._latest_plain = "" if not len(h) else "\n".join(
            (translate("CurvesPlot", "{label}: loss {loss}") if acc is None
             else translate("CurvesPlot", "{label}: loss {loss} \u00b7 accuracy {accuracy}")).format(
                label=label, loss=loss, accuracy=acc)
            for _, label, loss, acc in rows)

    def _label(self, which: str) -> str:
        """What series `which` ("train", "test") is called, in the app's language."""
        return translate("CurvesPlot", self._labels[which])

    def _show_latest(self) -> None:
        self._latest_timer.stop()
        self._latest_shown_at = time.monotonic()
        if self._latest_html != self.latest.text():  # a rich-text label re-lays itself out on every setText
            self._latest_strip.set_text(self._latest_html)

    def curve_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) the displayed line of `name` holds (smoothed when smoothing is on)."""
        if self._dirty:
            self.flush()
        return _item_data(self.items[name])

    def raw_data(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) as received, whatever the smoothing."""
        return self.history.x.copy(), self.history.column(name).copy()

    @property
    def classification(self) -> bool:
        return self._classification

    def recorded_points(self) -> list[CurveRow]:
        """Every point the curves hold, as received (not smoothed), accuracies as fractions."""
        h = self.history
        columns = [h.x, *(h.column(name) for name in (*SERIES, *RECORDED))]
        rows = []
        for epoch, train_loss, test_loss, train_acc, test_acc, step, lr in zip(*(c.tolist() for c in columns)):
            rows.append(CurveRow(step=int(step), epoch=epoch, train_loss=train_loss, test_loss=test_loss,
                                 train_accuracy=_fraction(train_acc), test_accuracy=_fraction(test_acc),
                                 learning_rate=lr))
        return rows

    def latest_text(self) -> str:
        """The latest values as plain text ("" before any data)."""
        if self._dirty:
            self.flush()
        return self._latest_plain

    def clear(self) -> None:
        self._refresh_timer.stop()
        self._dirty = False
        self.history.clear()
        self._ema = [math.nan] * len(SERIES)
        self._last_step = None
        for item in (*self.items.values(), *self.raw_items.values()):
            item.setData([], [])
        self.follower.reset()
        self._update_latest()

    # ---- pinned runs ---------------------------------------------------------------------------
    def set_ghosts(self, ghosts: list[Ghost]) -> None:
        """Draw pinned runs behind the live curves, each faded and dashed in a colour of its own,
        labelled in a legend on the loss plot (what differs; the final test figures)."""
        for plot, item in self._ghost_items:
            plot.removeItem(item)
        self._ghost_items = []
        self.ghost_legend.clear()
        for k, ghost in enumerate(ghosts):
            colour = GHOST_COLORS[k % len(GHOST_COLORS)]
            legend_item = None
            for name in SERIES:
                y = ghost.series.get(name)
                if y is None or not np.isfinite(y).any():
                    continue
                alpha = GHOST_ALPHA[name.startswith("test")]
                plot = self.loss_plot if name.endswith("loss") else self.acc_plot
                item = line_item((*colour, alpha), width=1, style=Qt.PenStyle.DashLine)
                item.setZValue(-5)  # behind the live run
                add_line(plot.getPlotItem(), item)
                item.setData(ghost.x, y, connect="finite")
                self._ghost_items.append((plot.getPlotItem(), item))
                if name == "test_loss":
                    legend_item = item
            if legend_item is not None:
                self.ghost_legend.addItem(legend_item, ghost.label)
        self.ghost_legend.setVisible(bool(ghosts))

    def ghost_labels(self) -> list[str]:
        """The legend's lines, one a pinned run, as drawn."""
        return [label.text for _, label in self.ghost_legend.items]

    def put_away(self) -> CurvePoints:
        """Take the run's points out, leaving the plot empty; bring_back() shows them again."""
        points = CurvePoints(self.history, list(self._ema), self._last_step, self._classification,
                             self._smoothing)
        self.history = History(points.history.columns, cap=points.history.cap)
        self.clear()
        return points

    def bring_back(self, points: CurvePoints) -> None:
        self.clear()
        self.history, self._ema, self._last_step = points.history, points.ema, points.last_step
        self._set_classification(points.classification)
        if points.smoothing != self._smoothing:  # the slider moved meanwhile
            self._recompute_smoothing()
        self.flush()

    # ---- options ----------------------------------------------------------------------------

    def log_scale(self) -> bool:
        return self.log_box.isChecked()

    def set_log_scale(self, on: bool) -> None:
        self.log_box.setChecked(on)

    def _on_log_scale(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=on)
        self.log_scale_changed.emit(on)

    def smoothing(self) -> float:
        return self._smoothing

    def set_smoothing(self, weight: float) -> None:
        """Weight of the moving average, 0 (off) to 0.99 (very smooth)."""
        weight = min(max(float(weight), 0.0), MAX_SMOOTHING)
        self.smoothing_slider.blockSignals(True)  # the slider's 0.01 steps would round it
        self.smoothing_slider.setValue(round(weight * 100))
        self.smoothing_slider.blockSignals(False)
        self._apply_smoothing(weight)

    def _apply_smoothing(self, weight: float) -> None:
        if weight == self._smoothing:
            return
        self._smoothing = weight
        self.smoothing_value.setText(f"{weight:.2f}")
        self._recompute_smoothing()
        for name in SERIES:
            self.raw_items[name].setVisible(weight > 0)
            if weight == 0:
                self.raw_items[name].setData([], [])
        self.flush()
        self.smoothing_changed.emit(weight)

    def _recompute_smoothing(self) -> None:
        # A Python loop over at most `cap` rows, only when the user moves the slider.
        h, w = self.history, self._smoothing
        for i, name in enumerate(SERIES):
            raw = h.column(name)
            out = np.full(len(raw), np.nan)
            e = math.nan
            for j, v in enumerate(raw.tolist()):
                if v == v:
                    e = v if e != e else w * e + (1.0 - w) * v
                    out[j] = e
            h.set_column(name + "_smooth", out)
            self._ema[i] = e


def _fraction(percent: float) -> float | None:
    return None if math.isnan(percent) else percent / 100.0


def _item_data(item: pg.PlotDataItem) -> tuple[np.ndarray, np.ndarray]:
    x, y = item.getOriginalDataset()
    return (np.zeros(0) if x is None else x), (np.zeros(0) if y is None else y)
