"""Many small images drawn as one picture, for the feature-map, kernel and unit-weight views.

A layer's maps or filters go into one RGBA mosaic shown by a single pg.ImageItem: one item per
tile would mean dozens of items to lay out and repaint on every payload, one mosaic is a single
texture. Values are coloured with the app's diverging map (orange negative, near-white zero,
blue positive), the colours of weights and neuron outputs everywhere else in the app.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsTextItem

from playground.core.i18n import translate
from playground.core.task import Task
from playground.ui.plots.colors import diverging_rgba
from playground.ui.plots.style import BACKGROUND, FOREGROUND
from playground.ui.views.base import ViewWidget, column, note_label

MIN_TILE = 24  # pixels: smaller tiles are enlarged (nearest), so the 1-pixel gaps stay thin beside them
GAP_RGBA = (170, 170, 170, 255)  # between tiles: a zero tile is near-white and would melt into white
NOTE_COLOR = (85, 85, 85)  # the grey of the views' note labels
PAD = 0.15  # units of white around the picture
TEXT_PIXELS = 40  # words are laid out at this size, then scaled with the picture: crisp when enlarged
# The words keep a size in pixels while the tiles take whatever room is left: a line 16 px high
# (a 10.5 pt font, readable projected) when the view is 600 px wide or more, and smaller words
# only when larger ones leave the tiles too small to read (`readable_tile`) or do not fit at all.
LINE_PX, LARGEST_LINE_PX, SMALLEST_LINE_PX = 16.0, 20.0, 9.0

T = TypeVar("T")
# a layout's size in pixels, (width, height), for a choice, tiles of s pixels and lines of L pixels
Measure = Callable[[T, float, float], tuple[float, float]]


def diverging_tiles(values: np.ndarray, scale: float | np.ndarray) -> np.ndarray:
    """(n, h, w) values -> (n, h, w, 4) uint8, -scale orange .. 0 near-white .. +scale blue.

    `scale` is one number (a shared scale) or one per tile, (n,); a zero scale draws white."""
    scale = np.asarray(scale, np.float32)
    if scale.ndim:
        scale = scale.reshape(-1, 1, 1)
    scale = np.where(scale > 0, scale, np.float32(1.0))
    return diverging_rgba(np.asarray(values, np.float32) / scale)


def per_tile_scale(values: np.ndarray) -> np.ndarray:
    """(n, h, w) -> (n,): each tile's largest magnitude, so each is drawn at full contrast."""
    return np.abs(values).reshape(len(values), -1).max(axis=1, initial=0.0)


def image_rgba(image: np.ndarray) -> np.ndarray:
    """An input image (channels, h, w) as it looks -> (h, w, 4) uint8: three channels as colour,
    other counts as grey (their mean), stretched to the image's own range."""
    image = np.asarray(image, np.float32)
    pixels = image if image.shape[0] == 3 else image.mean(axis=0, keepdims=True)
    low, high = float(pixels.min(initial=0.0)), float(pixels.max(initial=0.0))
    scaled = (pixels - low) / (high - low) if high > low else np.zeros_like(pixels)
    rgb = np.broadcast_to(scaled, (3,) + scaled.shape[1:]).transpose(1, 2, 0)
    out = np.empty(rgb.shape[:2] + (4,), np.uint8)
    out[..., :3] = np.rint(rgb * 255.0)
    out[..., 3] = 255
    return out


def enlarge(tiles: np.ndarray, min_size: int = MIN_TILE) -> np.ndarray:
    """(n, h, w, 4) -> the tiles repeated pixel for pixel up to at least `min_size` on a side."""
    factor = max(1, math.ceil(min_size / max(tiles.shape[1], tiles.shape[2], 1)))
    return tiles if factor == 1 else tiles.repeat(factor, axis=1).repeat(factor, axis=2)


def line_sizes(width: float) -> list[float]:
    """The heights of a line of words to try in a view `width` pixels wide, largest first."""
    size = min(LARGEST_LINE_PX, max(LINE_PX, width / 38))
    sizes = []
    while size >= SMALLEST_LINE_PX:
        sizes.append(size)
        size *= 0.9
    return sizes


def readable_tile(pixels: int) -> float:
    """The fewest screen pixels a tile of `pixels` on a side can be read at: two per pixel, within
    12 (a 3 x 3 kernel) and 24 (a 28 x 28 map shows its shapes)."""
    return min(24.0, max(12.0, 2.0 * pixels))


def largest_scale(fits: Callable[[float], bool], high: float) -> float:
    """The largest tile size s in (0, high] with fits(s), for a `fits` true below some size and
    false above it; 0 when nothing fits."""
    low = 0.0
    if not fits(1e-3):
        return low
    for _ in range(40):
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    return low


def best_layout(choices: Iterable[T], measure: Measure, room: tuple[float, float],
                readable: float) -> tuple[T, float, float]:
    """Of the `choices` (ways to fold or arrange tiles), the one that draws the tiles largest in
    `room` pixels, with the largest words that leave them `readable` pixels or more:
    (choice, line px, tile px)."""
    width, height = room
    options = list(choices)

    def scale(choice: T, line: float) -> float:
        def fits(s: float) -> bool:
            w, h = measure(choice, s, line)
            return w <= width and h <= height
        return largest_scale(fits, max(width, height, 1.0))

    best = (options[0], SMALLEST_LINE_PX, 0.0)
    for line in line_sizes(width):
        best = max(((choice, line, scale(choice, line)) for choice in options), key=lambda b: b[2])
        if best[2] >= readable:
            break
    return best  # else the smallest words, the tiles as large as they go beside them


@dataclass
class Mosaic:
    """Tiles drawn into one picture, and how large it is in units (a tile and its frame: 1)."""

    rgba: np.ndarray  # (height, width, 4) uint8
    unit: int  # pixels per unit: a tile's width and its frame
    cols: int
    rows: int

    @property
    def width(self) -> float:
        return self.rgba.shape[1] / self.unit

    @property
    def height(self) -> float:
        return self.rgba.shape[0] / self.unit


def mosaic(tiles: np.ndarray, cols: int, gap: int = 1) -> Mosaic:
    """(n, h, w, 4) uint8 tiles -> one (rows, cols) grid of them, row by row, each framed by
    `gap` pixels of GAP_RGBA; cells past the last tile, and fully transparent tiles (padding),
    stay transparent."""
    tiles = enlarge(tiles)
    n, h, w = tiles.shape[:3]
    cols = max(1, min(cols, n))
    rows = max(1, math.ceil(n / cols))
    step_y, step_x = h + gap, w + gap
    out = np.zeros((rows * step_y + gap, cols * step_x + gap, 4), np.uint8)
    for k in range(n):
        if not tiles[k, ..., 3].any():
            continue  # padding: no tile there, no frame
        y, x = divmod(k, cols)
        y, x = y * step_y, x * step_x
        out[y:y + step_y + gap, x:x + step_x + gap] = GAP_RGBA
        out[y + gap:y + gap + h, x + gap:x + gap + w] = tiles[k]
    return Mosaic(out, step_x, cols, rows)


def text_line(item: QGraphicsTextItem) -> float:
    """The height of a line of the item's words, unscaled."""
    return QFontMetricsF(item.font()).height()


class Sheet(pg.GraphicsView):
    """One picture of mosaics and words laid out in tile units (a map or filter is 1 x 1), scaled
    as a whole to fit the widget.

    A view lays its picture out for the sheet's size in pixels (`room`): the fold of its tiles
    that draws them largest beside words of a readable size (`best_layout`), both then given in
    tile units. It lays it out again when the sheet is resized (`resized`).
    """

    resized = Signal()
    # a click on a picture: its key and where, in the picture's own pixels (x, y)
    clicked = Signal(str, float, float)

    def __init__(self) -> None:
        super().__init__(background=BACKGROUND)
        self.placed: dict[str, tuple[QRectF, Mosaic]] = {}  # each picture's rectangle, in units
        self.view = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False,
                               defaultPadding=0.0)
        self.setCentralItem(self.view)
        self.images: dict[str, pg.ImageItem] = {}
        self.texts: dict[str, QGraphicsTextItem] = {}
        self._bounds: QRectF | None = None

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if hasattr(self, "images"):  # pyqtgraph's constructor resizes before ours has run
            self.resized.emit()

    def clear(self) -> None:
        for item in [*self.images.values(), *self.texts.values()]:
            self.view.removeItem(item)
        self.images, self.texts, self._bounds = {}, {}, None
        self.placed = {}

    def image(self, key: str, picture: Mosaic, x: float, y: float, width: float = 0.0) -> None:
        """Show a mosaic with its top-left corner at (x, y), at its own size or `width` units wide."""
        item = self.images.get(key)
        if item is None:
            item = self.images[key] = pg.ImageItem(axisOrder="row-major")
            self.view.addItem(item, ignoreBounds=True)
        item.setImage(picture.rgba, autoLevels=False)
        scale = width / picture.width if width else 1.0
        rect = QRectF(x, y, picture.width * scale, picture.height * scale)
        item.setRect(rect)
        self.placed[key] = (rect, picture)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        point = self.view.mapSceneToView(self.mapToScene(event.position().toPoint()))
        for key, (rect, picture) in self.placed.items():
            if rect.contains(point):
                height, width = picture.rgba.shape[:2]
                self.clicked.emit(key, (point.x() - rect.x()) / rect.width() * width,
                                  (point.y() - rect.y()) / rect.height() * height)
                return

    def text(self, key: str, html: str, line: float, color: tuple[int, int, int] = FOREGROUND) -> QGraphicsTextItem:
        """The words for `key` (made on first use), lines `line` units high; place them with `put`."""
        item = self.texts.get(key)
        if item is None:
            item = self.texts[key] = QGraphicsTextItem()
            item.document().setDocumentMargin(0)
            font = QFont()
            font.setPixelSize(TEXT_PIXELS)
            item.setFont(font)
            item.setDefaultTextColor(pg.mkColor(color))
            self.view.addItem(item, ignoreBounds=True)
        self.set_line(item, line)
        if item.data(0) != html:  # setHtml lays the words out again: only when they change
            item.setHtml(html)
            item.setData(0, html)
        return item

    @staticmethod
    def set_line(item: QGraphicsTextItem, line: float) -> None:
        """Lines of the words `line` units high."""
        item.setScale(line / text_line(item))

    @staticmethod
    def lines(item: QGraphicsTextItem) -> tuple[float, float]:
        """The words' width and height in lines (whatever their scale)."""
        rect, line = item.boundingRect(), text_line(item)
        return rect.width() / line, rect.height() / line

    def room(self) -> tuple[float, float]:
        """The pixels the picture can take."""
        size = self.viewport().size()
        return float(size.width()), float(size.height())

    @staticmethod
    def extent(item: QGraphicsTextItem) -> tuple[float, float]:
        """The words' width and height in units."""
        rect = item.boundingRect()
        return rect.width() * item.scale(), rect.height() * item.scale()

    def put(self, item: QGraphicsTextItem, x: float, y: float, centre_in: float = 0.0) -> None:
        """Top-left at (x, y); or centred in a column `centre_in` units wide starting at x."""
        if centre_in:
            x += (centre_in - self.extent(item)[0]) / 2
        item.setPos(x, y)

    def fit(self, width: float, height: float) -> None:
        """Show (0, 0)-(width, height) and PAD around it, nothing more; refits only when that changes."""
        bounds = QRectF(-PAD, -PAD, width + 2 * PAD, height + 2 * PAD)
        if bounds != self._bounds:
            self._bounds = bounds
            self.view.setRange(rect=bounds, padding=0.0)


class SheetView(ViewWidget):
    """A view that is a sentence saying how to read it above one Sheet; subclasses set `name`,
    `NOTE` (marked with translate_later("SheetView", ...)) and `render`."""

    NOTE = ""

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        layout.addWidget(note_label(translate("SheetView", self.NOTE) if self.NOTE else ""))
        self.sheet = Sheet()
        self.sheet.resized.connect(self.redraw)
        layout.addWidget(self.sheet, 1)

    def redraw(self) -> None:
        """Lay the last payload out again (for the sheet's new size)."""
        if self._drawn is not None and self.isVisible():
            self.render(self._drawn)

    def reset(self) -> None:
        self.sheet.clear()


def signed(value: float) -> str:
    """A colour scale's end, short: '\u00b10.42'."""
    return f"\u00b1{value:.2g}"
