"""The light, projector-friendly look shared by the plot widgets.

Styling is applied per plot rather than with pg.setConfigOptions, so importing this package
does not change how other pyqtgraph views in the app look.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsItem

BACKGROUND = "w"
FOREGROUND = (60, 60, 60)
GRID_ALPHA = 0.15
FONT_POINT_SIZE = 10
FAINT_ALPHA = 70  # raw series drawn behind a smoothed one
# Bins per pixel column for peak downsampling (pyqtgraph's default is 5). Each bin draws its
# min and max, so 1 still shows every peak, at a fraction of the painting cost. (With
# pyqtgraph's x auto-range, low factors fed back into the range forever: see XFollower.)
DOWNSAMPLE_FACTOR = 1.0


class LogAxis(pg.AxisItem):
    """An axis whose log-mode ticks never pile up.

    pyqtgraph labels every 1..9 multiple of a decade when fewer than three decades are in
    view, which prints "0.1 0.09 0.08 ..." on top of each other; a short plot spanning many
    decades (gradient norms from 10^-12 to 1) needs the opposite: every 2nd, 3rd or 5th
    decade only. Here labels stay MIN_GAP pixels apart: every `step`-th decade, and when
    every decade fits, the densest of 1-2-5 / 1-2-3-5 / 1..9 multiples that still fits.
    """

    MIN_GAP = 16  # pixels between neighbouring labels (a 10 pt label is about 13 px tall)

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 (pyqtgraph's name)
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return [(spacing, t) for spacing, t in stdTicks if spacing >= 1.0]
        return [(None, log_tick_values(minVal, maxVal, size / span, self.MIN_GAP))]


DECADE_STEPS = (1, 2, 3, 5, 10, 20)  # label every k-th decade, the smallest k that fits
DECADE_MULTIPLES = ((1, 2, 5), (1, 2, 3, 5), tuple(range(1, 10)))  # within a decade, if room


def log_tick_values(low: float, high: float, px_per_decade: float, min_gap: float) -> list[float]:
    """log10 positions of the labelled ticks between `low` and `high` (log10 units)."""
    step = next((k for k in DECADE_STEPS if k * px_per_decade >= min_gap), DECADE_STEPS[-1])
    values = [float(d) for d in range(math.ceil(low), math.floor(high) + 1) if d % step == 0]
    if step > 1:
        return values
    for multiples in DECADE_MULTIPLES:
        logs = [math.log10(m) for m in multiples] + [1.0]
        if min(b - a for a, b in zip(logs, logs[1:])) * px_per_decade < min_gap:
            break
        values = [v for v in (d + math.log10(m) for d in range(math.floor(low), math.ceil(high))
                              for m in multiples) if low <= v <= high]
    return values


def make_plot_widget(x_label: str = "", y_label: str = "", grid: bool = True) -> pg.PlotWidget:
    plot = pg.PlotWidget(background=BACKGROUND, axisItems={"left": LogAxis(orientation="left")})
    style_plot_item(plot.getPlotItem(), x_label, y_label, grid)
    return plot


def style_plot_item(item: pg.PlotItem, x_label: str = "", y_label: str = "",
                    grid: bool = True) -> None:
    """Axis units go into the label text ("accuracy (%)"): pyqtgraph's `units` would add SI
    prefixes to unitless quantities."""
    font = QFont()
    font.setPointSize(FONT_POINT_SIZE)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(FOREGROUND))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.setTickFont(font)
        # "loss (x0.001)" puzzles students: plain numbers on the axis, never SI prefixes.
        axis.enableAutoSIPrefix(False)
        # Measured (offscreen raster, 500x500): a grid with minor levels costs ~4.4 ms per
        # repaint, the major grid alone ~0.9 ms; minor ticks are not worth that at 30-60 Hz.
        axis.setStyle(maxTickLevel=0)
        # The axis (and its grid, which spans the whole view) is replayed from a QPicture on
        # every repaint, ~0.6 ms each; a pixmap cache, redrawn only when the ticks change,
        # makes it ~0.08 ms.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    if x_label:
        set_label_text(item, "bottom", x_label)
    if y_label:
        set_label_text(item, "left", y_label)
    if grid:
        item.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    # The context menu's export and plot options confuse students more than they help.
    item.setMenuEnabled(False)
    item.hideButtons()  # the little "A" auto-range button


def set_label_text(item: pg.PlotItem, axis: str, text: str) -> None:
    label_style = {"color": pg.mkColor(FOREGROUND).name(), "font-size": f"{FONT_POINT_SIZE + 1}pt"}
    item.setLabel(axis, text, **label_style)


def line_item(color: tuple[int, ...], width: float = 2, name: str | None = None,
              style: Qt.PenStyle = Qt.PenStyle.SolidLine, antialias: bool = True) -> pg.PlotDataItem:
    """A live series line, cheap to repaint at 30-60 Hz with tens of thousands of points.

    Measured (offscreen raster, 400x400, 4 lines of 20,000 points): an antialiased 2 px line
    drawn as one path costs ~54 ms a repaint; fewer samples per pixel and drawing it as
    separate segments bring that to a few ms; a 1 px line is ~0.4-1 ms. Dashed lines stay one path (segments would
    restart the dash pattern), so keep them 1 px.
    """
    pen = pg.mkPen(color, width=width, style=style)
    item = pg.PlotDataItem(pen=pen, name=name, antialias=antialias, autoDownsampleFactor=DOWNSAMPLE_FACTOR)
    if width > 1 and style == Qt.PenStyle.SolidLine:
        item.curve.setSegmentedLineMode("on")
    return item


class XFollower:
    """Keeps a live plot's x range on the whole run, unless the user zoomed or panned.

    pyqtgraph's own x auto-range is switched off: with peak downsampling the drawn samples
    end a little short of the data, so auto-range narrows the view, which changes the
    downsampling, which moves the data bounds again; that feedback loop repainted forever in
    a test. Double-click the plot to follow the run again.

    The right end of the view moves in steps (HEADROOM of the span at a time), not on every
    point: each x-range change makes every line recompute its clipped, downsampled samples
    and every axis redraw its ticks.
    """

    PADDING = 0.02
    HEADROOM = 0.15

    def __init__(self, *plots: pg.PlotItem) -> None:
        """The first plot's x range is set; the others are expected to be x-linked to it."""
        self.following = True
        self._range: tuple[float, float] | None = None  # the data's x extent
        self._shown: tuple[float, float] | None = None  # the x range last set on the view
        self.views = [plot.getViewBox() for plot in plots]
        for plot, view in zip(plots, self.views):
            view.enableAutoRange(x=False, y=True)
            view.setAutoVisible(y=True)  # y fits what is in view, not the whole history
            view.sigRangeChangedManually.connect(self._on_manual_change)
            plot.scene().sigMouseClicked.connect(self._on_click)

    def update(self, x0: float, x1: float) -> None:
        if not (math.isfinite(x0) and math.isfinite(x1)):
            return
        if x1 <= x0:
            x1 = x0 + 1.0
        self._range = (x0, x1)
        if self.following:
            shown = self._shown
            if shown is None or shown[0] != x0 or x1 > shown[1] or x1 < shown[0] + 0.5 * (
                    shown[1] - shown[0]):
                right = x1 + self.HEADROOM * (x1 - x0)
                self._shown = (x0, right)
                # Only the first view: x-linked views follow it. Setting each in turn makes
                # the link map the range through their pixel geometry (axes of different
                # widths, or a hidden plot) and chops the run's end off the first one.
                self.views[0].setXRange(x0, right, padding=self.PADDING)
        self.settle()

    def settle(self) -> None:
        """Fit y to the new data now rather than when painting: a range change during the
        paint schedules a second paint of the whole view (measured: every frame painted
        twice)."""
        for view in self.views:
            if view.isVisible():
                view.prepareForPaint()

    def reset(self) -> None:
        self.following = True
        self._range = self._shown = None
        for view in self.views:
            view.enableAutoRange(y=True)

    def _on_manual_change(self, *_: object) -> None:
        self.following = False

    def _on_click(self, event: object) -> None:
        if getattr(event, "double", lambda: False)():
            self.following = True
            self._shown = None
            for view in self.views:
                view.enableAutoRange(y=True)
            if self._range is not None:
                self.update(*self._range)


def add_line(plot: pg.PlotItem, item: pg.PlotDataItem) -> pg.PlotDataItem:
    """Add an empty line item, then turn on downsampling and clipping.

    Clipping is switched on after adding: pyqtgraph 0.14 raises AttributeError
    (autoRangeEnabled) when an item that already has data and clipToView is added.
    """
    plot.addItem(item)
    item.setDownsampling(auto=True, method="peak")
    item.setClipToView(True)
    return item


def picture_legend(plot: pg.PlotItem, entries: list[tuple[pg.PlotDataItem, str]]) -> pg.LegendItem:
    """A legend inside `plot`, for a saved picture of it: on screen each plot's legend is a row
    of text above it (a legend inside covered the curves), which a picture of the plot lacks.
    Take it away with `plot.scene().removeItem(legend)`."""
    legend = pg.LegendItem(offset=(-10, 10), labelTextColor=FOREGROUND, labelTextSize=f"{FONT_POINT_SIZE}pt",
                           brush=pg.mkBrush(255, 255, 255, 220), pen=pg.mkPen(200, 200, 200))
    legend.setParentItem(plot.getViewBox())
    for item, name in entries:
        legend.addItem(item, name)
    plot.layout.activate()  # laid out now, not on the next paint
    return legend
