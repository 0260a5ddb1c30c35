"""The hidden-states view: what each recurrent layer holds at every step of one test sequence.

The sequence is drawn on top; below it, each recurrent layer's hidden state as a units x steps
heat map on the same step axis (orange negative, blue positive, on the fixed -1..1 scale of a
tanh state, so that colours mean the same from frame to frame and from layer to layer).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.hidden_states import HiddenStatesPayload, LayerStates
from playground.ui.plots import colors
from playground.ui.plots.style import BACKGROUND, FONT_POINT_SIZE, FOREGROUND, set_label_text, style_plot_item
from playground.ui.views.base import ViewWidget, column
from playground.ui.views.sample_picker import SamplePicker
from playground.ui.views.sequence_samples import ResizingGraphics

STATE_RANGE = (-1.0, 1.0)  # tanh: the range of an RNN's, GRU's and LSTM's hidden state
INPUT_HEIGHT = 90  # px: the sequence above the heat maps, which take the rest
AXIS_WIDTH = 52  # px: every plot's left axis as wide, so that their steps line up
COLOR_BAR_ROOM = 90  # px: the colour bar with its numbers and label, and the layout's margins
TITLE_SIZE = f"{FONT_POINT_SIZE + 1}pt"
STATE_COLORS = pg.ColorMap(np.linspace(0.0, 1.0, len(colors.DIVERGING_LUT)), colors.DIVERGING_LUT)


def title_font() -> QFont:
    font = QFont()
    font.setPointSize(FONT_POINT_SIZE + 1)
    return font


def title_parts(layer: LayerStates) -> list[str]:
    """The layer's name, then what else a student should know, most important first."""
    if layer.directions == 2:
        parts = [layer.label, translate("hidden_states", "2 \u00d7 {n} units (forward, backward)").format(
            n=layer.hidden_size)]
    else:
        parts = [layer.label, translate("hidden_states", "{n} units").format(n=layer.hidden_size)]
    if layer.shown < layer.hidden_size:
        first = (translate("hidden_states", "first {n} of each") if layer.directions == 2
                 else translate("hidden_states", "first {n}"))
        parts.append(first.format(n=layer.shown))
    if layer.stacked > 1:
        parts.append(translate("hidden_states", "top of {n} stacked").format(n=layer.stacked))
    return parts


def fit_title(parts: list[str], width: float, font: QFont) -> str:
    """As many of `parts` as fit `width` pixels (the name always): a plot title does not wrap,
    and one wider than the plot would widen the whole view past its window."""
    metrics = QFontMetricsF(font)
    text = parts[0]
    for part in parts[1:]:
        # the joins are translated too: Chinese writes them full width
        joined = translate("hidden_states", "{text}, {part}") if text != parts[0] else translate(
            "hidden_states", "{text}: {part}")
        longer = joined.format(text=text, part=part)
        if metrics.horizontalAdvance(longer) > width:
            break
        text = longer
    return text


def unit_ticks(layer: LayerStates) -> list[tuple[float, str]]:
    """Left-axis ticks at the rows' centres (the first unit on top): unit numbers from 1, or the
    two directions' names for a bidirectional layer."""
    if layer.directions == 2:
        return [(layer.shown / 2, translate("hidden_states", "fwd")),
                (layer.shown * 1.5, translate("hidden_states", "bwd"))]
    # the first and the last only: fixed ticks are never thinned, and a short map has no room
    return sorted({(0.5, "1"), (layer.shown - 0.5, str(layer.shown))})


class LayerMap:
    """One recurrent layer's heat map: units down, steps across."""

    def __init__(self, plot: pg.PlotItem, layer: LayerStates):
        self.plot = plot
        style_plot_item(plot, y_label=translate("LayerMap", "unit"), grid=False)
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)  # unit 1 (the forward direction) on top, as a table reads
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(colors.DIVERGING_LUT)
        plot.addItem(self.image)
        rows, steps = layer.states.shape
        self.rect = QRectF(0.5, 0.0, steps, rows)  # set once the image is: it scales by its size
        plot.getAxis("left").setTicks([unit_ticks(layer)])
        if layer.directions == 2:
            plot.addItem(pg.InfiniteLine(layer.shown, angle=0, pen=pg.mkPen(FOREGROUND, width=2)))
        plot.setRange(xRange=(0.5, steps + 0.5), yRange=(0, rows), padding=0)
        self.parts = title_parts(layer)
        self.title = ""

    def fit_title(self, width: float) -> None:
        title = fit_title(self.parts, width, title_font())
        if title != self.title:
            self.title = title
            self.plot.setTitle(title, color=FOREGROUND, size=TITLE_SIZE)

    def set(self, layer: LayerStates) -> None:
        first = self.image.image is None
        self.image.setImage(layer.states, autoLevels=False, levels=STATE_RANGE)
        if first:
            self.image.setRect(self.rect)


class HiddenStatesView(ViewWidget):
    name = "hidden_states"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 6, 2)
        style = f"color: rgb{FOREGROUND}; font-size: {FONT_POINT_SIZE + 1}pt;"
        self.picker = SamplePicker(translate("HiddenStatesView", "Test sequence "), translate(
            "HiddenStatesView", "Which test sequence to follow through the network (in the Sequences view, a click on one "
            "chooses it too)."))
        self.picker.setStyleSheet(f"font-size: {FONT_POINT_SIZE + 1}pt;")
        self.picker.chosen.connect(lambda sample: self.configure.emit(self.name, {"sample": sample}))
        self.caption = QLabel()
        self.caption.setWordWrap(True)  # a narrow view wraps it rather than widening
        self.caption.setStyleSheet(style)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.picker)
        row.addSpacing(12)
        row.addWidget(self.caption, 1)
        layout.addWidget(bar)
        self.graphics = ResizingGraphics(self._fit_titles)
        self.graphics.setBackground(BACKGROUND)
        layout.addWidget(self.graphics, 1)
        self.input_plot: pg.PlotItem | None = None
        self.input_line: pg.PlotDataItem | None = None
        self.maps: list[LayerMap] = []
        self._structure: tuple | None = None

    # ----- drawing ---------------------------------------------------------------------------
    def render(self, payload: HiddenStatesPayload) -> None:
        structure = (len(payload.inputs),) + tuple(
            (layer.node_id, layer.states.shape, layer.directions, layer.shown, layer.hidden_size, layer.stacked)
            for layer in payload.layers)
        if structure != self._structure:
            self._build(payload)
            self._structure = structure
        steps = np.arange(1, len(payload.inputs) + 1, dtype=np.float32)
        self.input_line.setData(steps, payload.inputs)
        for layer_map, layer in zip(self.maps, payload.layers):
            layer_map.set(layer)
        self._show_sample(payload)

    def _build(self, payload: HiddenStatesPayload) -> None:
        self.graphics.clear()
        self.maps = []
        steps = len(payload.inputs)
        self.input_plot = self.graphics.addPlot(row=0, col=0)
        style_plot_item(self.input_plot, y_label=translate("HiddenStatesView", "input"), grid=True)
        self.input_plot.setMouseEnabled(x=False, y=False)
        self.input_plot.setMaximumHeight(INPUT_HEIGHT)
        self.input_plot.setXRange(0.5, steps + 0.5, padding=0)
        self.input_plot.enableAutoRange(y=True)
        self.input_line = pg.PlotDataItem(pen=pg.mkPen(FOREGROUND, width=2), symbol="o", symbolSize=5,
                                          symbolPen=None, symbolBrush=pg.mkBrush(FOREGROUND))
        self.input_plot.addItem(self.input_line)
        last = self.input_plot
        for i, layer in enumerate(payload.layers):
            plot = self.graphics.addPlot(row=i + 1, col=0)
            self.maps.append(LayerMap(plot, layer))
            last = plot
        # Step numbers only under the lowest plot: every plot shares that axis.
        for plot in [self.input_plot, *(m.plot for m in self.maps)]:
            plot.getAxis("bottom").setStyle(showValues=plot is last)
            plot.getAxis("left").setWidth(AXIS_WIDTH)
        set_label_text(last, "bottom", translate("HiddenStatesView", "step"))
        if self.maps:
            bar = pg.ColorBarItem(values=STATE_RANGE, colorMap=STATE_COLORS, interactive=False, width=14,
                                  pen=FOREGROUND)
            axis = bar.getAxis("right")
            axis.setTextPen(pg.mkPen(FOREGROUND))
            axis.setLabel(translate("HiddenStatesView", "hidden state"), color=colors.hex_color(FOREGROUND), **{"font-size": f"{FONT_POINT_SIZE}pt"})
            self.graphics.addItem(bar, row=1, col=1, rowspan=len(self.maps))
        self._fit_titles(self.graphics.width(), self.graphics.height())

    def _fit_titles(self, width: int, height: int) -> None:
        room = width - AXIS_WIDTH - COLOR_BAR_ROOM
        for layer_map in self.maps:
            layer_map.fit_title(room)

    def _show_sample(self, payload: HiddenStatesPayload) -> None:
        self.picker.follow(payload.sample, payload.n_samples)
        if self.task.classification:
            text = (translate("HiddenStatesView", "true: <b>{truth}</b> &nbsp; network: <b>{prediction}</b>")
                    if payload.held_out else translate(
                        "HiddenStatesView", "true: <b>{truth}</b> &nbsp; network: <b>{prediction}</b> "
                        "(training sequence: no test set)"))
        else:
            text = (translate("HiddenStatesView", "true next: <b>{truth}</b> &nbsp; network: <b>{prediction}</b>")
                    if payload.held_out else translate(
                        "HiddenStatesView", "true next: <b>{truth}</b> &nbsp; network: <b>{prediction}</b> "
                        "(training sequence: no test set)"))
        self.caption.setText(text.format(truth=payload.truth, prediction=payload.prediction))

    def caption_text(self) -> str:
        return self.caption.text().replace("<b>", "").replace("</b>", "").replace("&nbsp;", " ")

    # ----- choosing the sequence ---------------------------------------------------------------
    def follow_choice(self, view: str, options: dict) -> None:
        """A sequence chosen elsewhere (a click in Sequences) shows in the box at once."""
        if view == self.name and "sample" in options:
            self.picker.chosen_elsewhere(int(options["sample"]))

    def reset(self) -> None:
        self.graphics.clear()
        self.maps = []
        self.input_plot = self.input_line = None
        self._structure = None
        self.picker.restart()
        self.caption.setText("")


WIDGET = HiddenStatesView
