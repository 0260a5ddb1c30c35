"""Samples drawn side by side as one picture: the reconstructions' pairs and the code plane's
decoded lattice.

The tiles are put together in numpy into a single RGB image: one ImageItem to upload and
paint, whatever the number of samples, and grey gaps that read as a grid at a distance.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from playground.ui.plots.style import BACKGROUND, FONT_POINT_SIZE, FOREGROUND, set_label_text, style_plot_item
from playground.ui.views.image_grid import display_images

GAP_FILL = 222  # light grey: the tiles' own white background would melt into white gaps
TICK_PAD = 6  # pixels around a name on an axis


def _font(points: int) -> QFont:
    font = QFont()
    font.setPointSize(points)
    return font


def sample_rgb(samples: np.ndarray, levels: tuple[float, float]) -> np.ndarray:
    """(n, C, H, W) images or (n, D) vectors -> (n, h, w, 3) uint8 on the scale `levels`, as the
    predictions view draws them (image_grid): 3 channels in colour, 1 (or any other number: the
    first) as dark ink on white, a vector as a strip one value high."""
    x = np.asarray(samples, dtype=np.float32)
    if x.ndim != 4:
        x = x.reshape(len(x), 1, 1, -1)
    elif x.shape[1] not in (1, 3):
        x = x[:, :1]
    if not len(x):
        return np.zeros((0, *x.shape[2:], 3), np.uint8)
    shades = np.stack(display_images(x, levels, ink=x.shape[1] == 1))  # 0..1
    rgb = np.rint(shades * 255.0).astype(np.uint8)
    return rgb if rgb.ndim == 4 else np.repeat(rgb[..., None], 3, axis=-1)


def tile(tiles: np.ndarray, row_gaps: Sequence[int], col_gap: int) -> np.ndarray:
    """(rows, cols, h, w, 3) -> one (H, W, 3) image: the tiles in a grid with grey gaps,
    `row_gaps[i]` pixels below row i, `col_gap` between columns."""
    rows, cols, h, w, _ = tiles.shape
    tops = np.concatenate([[0], np.cumsum(h + np.asarray(row_gaps[:rows - 1], dtype=int))]).astype(int)
    lefts = np.arange(cols) * (w + col_gap)
    out = np.full((tops[-1] + h, lefts[-1] + w, 3), GAP_FILL, dtype=np.uint8)
    for r, top in enumerate(tops):
        for c, left in enumerate(lefts):
            out[top:top + h, left:left + w] = tiles[r, c]
    return out


def tile_gap(h: int) -> int:
    """Grey between tiles: a pixel for 8x8 digits, a little more for larger images."""
    return max(1, round(h / 10))


class MosaicPlot(pg.PlotWidget):
    """A picture of tiles with the rows (or axes) named beside it; no panning or zooming."""

    def __init__(self, parent=None):
        super().__init__(parent, background=BACKGROUND)
        self.item = self.getPlotItem()
        style_plot_item(self.item, grid=False)
        self.item.setMouseEnabled(x=False, y=False)  # a picture to read, not a chart to explore
        self.view = self.item.getViewBox()
        self.view.invertY(True)  # row 0 of the picture at the top
        self.view.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.item.addItem(self.image)
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setStyle(tickLength=0, tickFont=_font(FONT_POINT_SIZE + 2))  # names read from afar
            axis.setPen(pg.mkPen(None))
            axis.setTickPen(pg.mkPen(None))
            axis.setTextPen(pg.mkPen(FOREGROUND))
        self.item.showAxis("bottom", False)

    def show_picture(self, rgb: np.ndarray, square_pixels: bool = True) -> None:
        """Draw `rgb` (H, W, 3) uint8 filling the plot; `square_pixels` False lets flat vectors'
        strips stretch to the plot's shape."""
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255))
        self.view.setAspectLocked(square_pixels)
        self.view.setRange(xRange=(0, rgb.shape[1]), yRange=(0, rgb.shape[0]), padding=0.0)

    def set_ticks(self, axis: str, ticks: list[tuple[float, str]]) -> None:
        """Names at picture coordinates on the left or bottom axis (rows of pairs, code values)."""
        item = self.item.getAxis(axis)
        item.setTicks([ticks])
        if axis == "bottom":
            self.item.showAxis("bottom", bool(ticks))
        elif ticks:
            # pyqtgraph sizes the axis for numbers and clips longer names: room for the longest
            metrics = QFontMetrics(item.style["tickFont"] or QFont())
            item.setWidth(max(metrics.horizontalAdvance(text) for _, text in ticks) + 2 * TICK_PAD)

    def set_axis_label(self, axis: str, text: str) -> None:
        set_label_text(self.item, axis, text)

    def set_title(self, text: str | None) -> None:
        self.item.setTitle(text, color=FOREGROUND, size=f"{FONT_POINT_SIZE + 2}pt")

    def clear_picture(self) -> None:
        self.image.clear()
        self.set_ticks("left", [])
        self.set_ticks("bottom", [])
        self.set_title(None)
