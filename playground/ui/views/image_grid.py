"""A grid of small images, a caption under each, laid out to fill the widget; click one to choose it.

Shared by the views that show samples (predictions, reconstructions, ...). The scene is in
widget pixels (pyqtgraph's GraphicsView keeps it so), and the layout is worked out again on
each resize: the number of columns that gives the largest images, with captions in a font
that fits under them. Captions stay the size of text, not of the pictures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QTextOption
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsTextItem, QWidget

from playground.core.i18n import translate
from playground.ui.plots.colors import BLUE
from playground.ui.plots.style import FOREGROUND

RGB = tuple[int, int, int]

MAX_POINT_SIZE = 13.0  # captions: large enough to read from the back of a classroom
READABLE_POINT_SIZE = 8.5  # a layout must give captions at least this...
MIN_SIDE = 40.0  # ...and images at least this many pixels, or it shows fewer images
MIN_POINT_SIZE = 7.0  # the last resort, when even one image does not fit
PAD = 4.0  # pixels around an image inside its cell
FRAME_WIDTH = 3.0  # a marked image's frame, in pixels
SELECTED_FILL = (*BLUE, 40)  # the chosen cell's background: the app's blue, faint
MORE_POINT_SIZE = 10.0  # the "+12 more" line under a grid that shows fewer images than it has


@dataclass(frozen=True)
class Layout:
    columns: int
    shown: int  # the first `shown` images are drawn: all of them unless the widget is too small
    cell: QRectF  # the first cell; the others are shifted by its size
    image: QRectF  # the image's box inside a cell, relative to the cell
    point_size: float
    side: float  # the image's longer side, in pixels

    @property
    def readable(self) -> bool:
        return self.side >= MIN_SIDE and self.point_size >= READABLE_POINT_SIZE


def display_images(images: np.ndarray, levels: tuple[float, float] | None = None,
                   ink: bool = False) -> list[np.ndarray]:
    """(N, C, H, W) images of any numeric range -> float32 images in 0..1 for ImageItems:
    (H, W) for one channel, (H, W, 3) for three, row-major. One range (`levels`, or the batch's
    own min..max) serves every image, so they stay comparable. `ink` draws high values dark on
    white: handwritten digits look like ink on paper, and on the app's white background."""
    arr = np.asarray(images, np.float32)
    if arr.ndim == 3:
        arr = arr[:, None]
    if arr.ndim != 4 or arr.shape[1] not in (1, 3):
        raise ValueError(f"images must be (N, 1 or 3, H, W), got {arr.shape}")
    lo, hi = levels if levels is not None else (float(np.nanmin(arr, initial=0.0)),
                                                float(np.nanmax(arr, initial=1.0)))
    scaled = np.clip((arr - lo) / (hi - lo if hi > lo else 1.0), 0.0, 1.0)
    scaled = np.nan_to_num(scaled, nan=0.5)
    if ink:
        scaled = 1.0 - scaled
    if arr.shape[1] == 1:
        return [np.ascontiguousarray(im[0]) for im in scaled]
    return [np.ascontiguousarray(im.transpose(1, 2, 0)) for im in scaled]


class ImageGrid(pg.GraphicsView):
    """Images with captions below. `clicked(index)` when an image is clicked (if `clickable`)."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, clickable: bool = False,
                 columns: int | None = None):
        super().__init__(parent, background="w")
        self.clickable = clickable
        self.fixed_columns = columns  # None: whatever fits best
        self.images: list[np.ndarray] = []  # as drawn: float 0..1, (H, W) or (H, W, 3)
        self.captions: list[str] = []
        self.caption_colors: list[RGB] = []
        self.frame_colors: list[RGB | None] = []
        self.selected: int | None = None
        self.layout_now: Layout | None = None
        self._lines_laid_out = 0  # caption lines the layout leaves room for
        self._image_items: list[pg.ImageItem] = []
        self._text_items: list[QGraphicsTextItem] = []
        self._frame_items: list[QGraphicsRectItem] = []
        self._selection = QGraphicsRectItem()
        self._selection.setPen(QPen(QColor(*BLUE), 2))
        self._selection.setBrush(QBrush(QColor(*SELECTED_FILL)))
        self._selection.setZValue(-1)
        self._selection.hide()
        self.scene().addItem(self._selection)
        self._more = QGraphicsTextItem()
        self._more.setFont(self._font(MORE_POINT_SIZE))
        self._more.setDefaultTextColor(QColor(*FOREGROUND))
        self._more.hide()
        self.scene().addItem(self._more)
        self._widest = 0.0  # the widest caption line at MAX_POINT_SIZE, in pixels
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    # ----- content ---------------------------------------------------------------------------
    def set_images(self, images: np.ndarray, levels: tuple[float, float] | None = None,
                   ink: bool = False) -> None:
        """(N, C, H, W) images (C = 1 or 3), any range: see `display_images`."""
        self.images = display_images(images, levels, ink)
        self._match_items(len(self.images))
        for item, image in zip(self._image_items, self.images):
            item.setImage(image, autoLevels=False, levels=(0.0, 1.0))
        self._relayout()

    def set_captions(self, captions: Sequence[str], colors: Sequence[RGB] | None = None) -> None:
        """One caption per image (lines split by newlines), each in its colour (default: the
        plots' grey)."""
        self.captions = [str(c) for c in captions]
        self.caption_colors = list(colors) if colors is not None else [FOREGROUND] * len(self.captions)
        metrics = QFontMetricsF(self._font(MAX_POINT_SIZE))
        self._widest = max((metrics.horizontalAdvance(line) for c in self.captions
                            for line in c.split("\n")), default=0.0)
        layout = self.layout_now
        # a changing percentage must not make the whole grid jump: the layout stays until the
        # captions no longer fit it (and is worked out afresh at the next resize)
        if layout is None or self._caption_lines(layout.shown) != self._lines_laid_out \
                or self._fitting_point_size(layout.cell.width()) < layout.point_size:
            self._relayout()
        else:
            self._write_captions()

    def set_frames(self, colors: Sequence[RGB | None]) -> None:
        """A coloured frame around each image (None: no frame), e.g. red for a wrong prediction."""
        self.frame_colors = list(colors)
        for i, item in enumerate(self._frame_items):
            color = self.frame_colors[i] if i < len(self.frame_colors) else None
            item.setVisible(color is not None and i < self.shown)
            if color is not None:
                item.setPen(QPen(QColor(*color), FRAME_WIDTH))

    def set_selected(self, index: int | None) -> None:
        """Mark one image's cell as chosen (None: no mark)."""
        self.selected = index
        self._place_selection()

    def clear(self) -> None:
        self.images, self.captions, self.caption_colors, self.frame_colors = [], [], [], []
        self._widest = 0.0
        self._match_items(0)
        self._relayout()

    @property
    def shown(self) -> int:
        """How many images are drawn (the first ones): fewer than all when the widget is small."""
        return self.layout_now.shown if self.layout_now else 0

    def caption_text(self, index: int) -> str:
        return self._text_items[index].toPlainText()

    def cell_rect(self, index: int) -> QRectF:
        """Where image `index`'s cell is, in widget pixels (empty when it is not drawn)."""
        layout = self.layout_now
        if layout is None or not 0 <= index < layout.shown:
            return QRectF()
        row, col = divmod(index, layout.columns)
        return layout.cell.translated(col * layout.cell.width(), row * layout.cell.height())

    def index_at(self, x: float, y: float) -> int | None:
        for i in range(self.shown):
            if self.cell_rect(i).contains(x, y):
                return i
        return None

    # ----- layout ----------------------------------------------------------------------------
    def _match_items(self, n: int) -> None:
        scene = self.scene()
        while len(self._image_items) > n:
            for items in (self._image_items, self._text_items, self._frame_items):
                scene.removeItem(items.pop())
        while len(self._image_items) < n:
            image = pg.ImageItem(axisOrder="row-major")
            text = QGraphicsTextItem()
            option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
            option.setWrapMode(QTextOption.WrapMode.NoWrap)  # a line too long is elided instead
            text.document().setDefaultTextOption(option)
            text.document().setDocumentMargin(0)
            frame = QGraphicsRectItem()
            frame.setZValue(1)
            frame.hide()
            for item in (image, text, frame):
                scene.addItem(item)
            self._image_items.append(image)
            self._text_items.append(text)
            self._frame_items.append(frame)

    def _caption_lines(self, count: int | None = None) -> int:
        """The most lines a caption of the first `count` images (default: all) has."""
        return max((c.count("\n") + 1 for c in self.captions[:count]), default=0)

    def _fitting_point_size(self, cell_width: float) -> float:
        """The largest caption size, up to MAX_POINT_SIZE, at which every line fits in a cell."""
        room = cell_width - 2 * PAD
        if self._widest <= 0:
            return MAX_POINT_SIZE
        fitting = math.floor(2 * MAX_POINT_SIZE * room / self._widest) / 2  # in half points
        return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, fitting))

    def _font(self, point_size: float) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        return font

    def _layout_for(self, count: int, width: float, height: float) -> Layout | None:
        """The layout of the first `count` images with the largest images, readable ones first,
        or None if none fits."""
        ih, iw = self.images[0].shape[:2]
        longer = max(iw, ih)
        lines = self._caption_lines(count)
        best: Layout | None = None
        for columns in [self.fixed_columns] if self.fixed_columns else range(1, count + 1):
            rows = math.ceil(count / columns)
            cell_w = width / columns
            point_size = self._fitting_point_size(cell_w)
            caption_h = lines * QFontMetricsF(self._font(point_size)).lineSpacing() + (2 if lines else 0)
            side = min((cell_w - 2 * PAD) * longer / iw, (height / rows - 2 * PAD - caption_h) * longer / ih)
            if side <= 0:
                continue
            img_w, img_h = side * iw / longer, side * ih / longer
            cell_h = img_h + 2 * PAD + caption_h
            left, top = (width - cell_w * columns) / 2, (height - cell_h * rows) / 2  # centred
            layout = Layout(columns, count, QRectF(left, top, cell_w, cell_h),
                            QRectF((cell_w - img_w) / 2, PAD, img_w, img_h), point_size, side)
            if best is None or (layout.readable, side) > (best.readable, best.side):
                best = layout
        return best

    def _best_layout(self, width: float, height: float) -> Layout | None:
        """All the images if they fit readably; else the most of the first ones that do, above a
        line saying how many more there are; else one image, as large as it goes."""
        n = len(self.images)
        if n == 0:
            return None
        layout = self._layout_for(n, width, height)
        if layout is not None and layout.readable:
            return layout
        room = height - QFontMetricsF(self._font(MORE_POINT_SIZE)).lineSpacing() - PAD
        for count in range(n - 1, 0, -1):
            fewer = self._layout_for(count, width, room)
            if fewer is not None and fewer.readable:
                return fewer
        return self._layout_for(1, width, room) or layout

    def _relayout(self) -> None:
        size = self.viewport().size()
        self.layout_now = layout = self._best_layout(size.width(), size.height())
        self._lines_laid_out = self._caption_lines(self.shown)
        half = FRAME_WIDTH / 2
        for i, (image, frame) in enumerate(zip(self._image_items, self._frame_items)):
            if i >= self.shown:
                image.hide()
                continue
            box = layout.image.translated(self.cell_rect(i).topLeft())
            image.setRect(box)
            image.show()
            frame.setRect(box.adjusted(-half, -half, half, half))
        self.set_frames(self.frame_colors)
        self._write_captions()
        self._place_selection()
        hidden = len(self.images) - self.shown
        self._more.setVisible(hidden > 0)
        if hidden > 0:
            self._more.setPlainText(translate("ImageGrid", "+ {n} more: make this view larger to see them").format(
                n=hidden))
            self._more.setPos(PAD, size.height() - self._more.boundingRect().height())

    def _write_captions(self) -> None:
        layout = self.layout_now
        font = self._font(layout.point_size if layout else MAX_POINT_SIZE)
        metrics = QFontMetricsF(font)
        for i, text in enumerate(self._text_items):
            if i >= self.shown:
                text.hide()
                continue
            cell = self.cell_rect(i)
            caption = self.captions[i] if i < len(self.captions) else ""
            caption = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, cell.width() - 2)
                                for line in caption.split("\n"))
            if text.toPlainText() != caption:
                text.setPlainText(caption)
            text.setFont(font)
            color = self.caption_colors[i] if i < len(self.caption_colors) else FOREGROUND
            text.setDefaultTextColor(QColor(*color))
            text.setTextWidth(cell.width())
            text.setPos(cell.left(), cell.top() + layout.image.bottom() + PAD / 2)
            text.show()

    def _place_selection(self) -> None:
        index = self.selected
        if index is None or not 0 <= index < self.shown:
            self._selection.hide()
            return
        self._selection.setRect(self.cell_rect(index).adjusted(1, 1, -1, -1))
        self._selection.show()

    # ----- Qt events -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if hasattr(self, "_more"):  # pyqtgraph's constructor resizes before ours has run
            self._relayout()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        if not self.clickable or event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.mapToScene(event.position().toPoint())
        index = self.index_at(point.x(), point.y())
        if index is not None:
            self.clicked.emit(index)
