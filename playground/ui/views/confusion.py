"""The confusion view: a heat map of true class (rows) against predicted class (columns).

Each cell holds its count; its colour is its share of the row, blue on the diagonal (right) and
orange off it (mistaken for that class), so where a class goes wrong shows at a glance whatever
the class sizes. Each class's accuracy (its recall) is written beside its row.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.confusion import ConfusionPayload
from playground.ui.plots.colors import BLUE, ORANGE, WHITE
from playground.ui.plots.style import BACKGROUND, FONT_POINT_SIZE, FOREGROUND, set_label_text, style_plot_item
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.report import heading_label, percent, samples_scored, white_page

ZERO_COLOR = (185, 185, 185)  # a zero count: there, but quieter than the counts that matter
MAX_CELL_POINT_SIZE = 14.0
MIN_CELL_POINT_SIZE = 7.0
DARK_FROM = 0.55  # cells at least this strong get white text


def shares(counts: np.ndarray) -> np.ndarray:
    """Each cell's share of its row (0 for a class without samples)."""
    rows = counts.sum(axis=1, keepdims=True)
    return np.divide(counts, rows, out=np.zeros(counts.shape, np.float64), where=rows > 0)


def strength(counts: np.ndarray) -> np.ndarray:
    """How strongly each cell is coloured, 0..1: the square root of its row share, so that a
    class confused 5% of the time still shows (a light orange) next to a 95% diagonal."""
    return np.sqrt(shares(counts))


def cell_colors(counts: np.ndarray) -> np.ndarray:
    """(K, K, 4) uint8: white to blue on the diagonal, white to orange elsewhere."""
    t = strength(counts)[..., None]
    k = len(counts)
    hue = np.where(np.eye(k, dtype=bool)[..., None], np.asarray(BLUE, float), np.asarray(ORANGE, float))
    white = np.asarray(WHITE, float)
    rgba = np.empty((k, k, 4), np.uint8)
    rgba[..., :3] = np.clip(np.rint(white + (hue - white) * t), 0, 255)
    rgba[..., 3] = 255
    return rgba


class ConfusionView(ViewWidget):
    name = "confusion"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        white_page(self)
        self.heading = heading_label()
        self.plot = pg.PlotWidget(background=BACKGROUND)
        item = self.plot.getPlotItem()
        style_plot_item(item, translate("ConfusionView", "predicted class"), translate("ConfusionView", "true class"),
                        grid=False)
        item.showAxis("right")
        right = item.getAxis("right")
        left = item.getAxis("left")
        right.setPen(left.pen())
        right.setTextPen(left.textPen())
        right.setTickFont(left.style["tickFont"])
        set_label_text(item, "right", translate("ConfusionView", "class accuracy"))
        self.view = item.getViewBox()
        self.view.invertY(True)  # the first class in the top row, as tables are read
        self.view.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.cells: list[list[pg.TextItem]] = []
        self.counts: np.ndarray | None = None
        self.names: tuple[str, ...] = ()
        self.view.sigResized.connect(self._fit_text)
        layout = column(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.plot, 1)
        layout.addWidget(note_label(translate(
            "ConfusionView", "Rows: the true class; columns: what the network says. Blue: right; "
            "orange: mistaken for that class (the darker, the more often).")))

    def render(self, payload: ConfusionPayload) -> None:
        counts = payload.counts
        k = len(counts)
        names = payload.class_names or tuple(str(i) for i in range(k))
        if len(self.cells) != k or names != self.names:
            self._build(k, names)
        self.counts = counts
        self.image.setImage(cell_colors(counts), autoLevels=False, levels=(0, 255))
        self.image.setRect(QRectF(-0.5, -0.5, k, k))  # cell (i, j) centred on (j, i)
        t = strength(counts)
        for i in range(k):
            for j in range(k):
                n = int(counts[i, j])
                color = WHITE if t[i, j] >= DARK_FROM else (ZERO_COLOR if n == 0 else FOREGROUND)
                cell = self.cells[i][j]
                cell.setText(f"{n:,}", color=color)
        recall = payload.recall
        self.plot.getPlotItem().getAxis("right").setTicks(
            [[(i, percent(float(recall[i]), 0)) for i in range(k)]])
        which = samples_scored(payload.scored, payload.available, payload.part)
        self.heading.setText(translate("ConfusionView", "Accuracy {accuracy} on {which}").format(
            accuracy=percent(payload.accuracy), which=which))

    def _build(self, k: int, names: tuple[str, ...]) -> None:
        for row in self.cells:
            for cell in row:
                self.view.removeItem(cell)
        self.names = names
        self.cells = [[pg.TextItem(anchor=(0.5, 0.5)) for _ in range(k)] for _ in range(k)]
        for i, row in enumerate(self.cells):
            for j, cell in enumerate(row):
                cell.setPos(j, i)
                self.view.addItem(cell)
        self.view.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0)
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(enumerate(names))])
        # wide enough for the longest name from the first paint (pyqtgraph widens an axis only
        # after a paint, and leaves out the labels that did not fit in the meantime)
        longest = max(QFontMetricsF(left.style["tickFont"] or QFont()).horizontalAdvance(n) for n in names)
        label = left.label.boundingRect().height() if left.label.isVisible() else 0
        left.setWidth(int(longest + 2 * left.style["tickTextOffset"][0] + 8 + label))
        self._fit_text()

    def _fit_text(self) -> None:
        """Counts and column names sized to the cells: they grow with the view, up to a limit."""
        k = len(self.cells)
        if k == 0:
            return
        cell_w, cell_h = self.view.width() / k, self.view.height() / k
        cell_px = min(cell_w, 2 * cell_h)  # a count is a short line: wider than tall
        font = QFont()
        font.setPointSizeF(max(MIN_CELL_POINT_SIZE, min(MAX_CELL_POINT_SIZE, cell_px * 0.3)))
        for row in self.cells:
            for cell in row:
                cell.setFont(font)
        # predicted names under narrow columns are shortened rather than written over each other
        tick_font = QFont()
        tick_font.setPointSize(FONT_POINT_SIZE)
        metrics = QFontMetricsF(tick_font)
        self.plot.getPlotItem().getAxis("bottom").setTicks(
            [[(j, metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(cell_w - 4, 8)))
              for j, name in enumerate(self.names)]])

    def reset(self) -> None:
        self.counts = None
        self.image.clear()
        for row in self.cells:
            for cell in row:
                cell.setText("")
        self.plot.getPlotItem().getAxis("right").setTicks([[]])
        self.heading.setText("")


WIDGET = ConfusionView
