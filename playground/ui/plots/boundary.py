"""TensorFlow Playground's output view: the network's decision over the input plane, with the
training and test points on top; for 1-D function fits, the predicted curve over the points.

Everything arrives as numpy through the public methods (from a Snapshot); nothing here
touches torch. set_grid runs at the dashboard's frame rate, so colouring is one lookup-table
index per pixel and the image item only gets a new rect when the extent or grid size changes.
"""

from __future__ import annotations

import logging
import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from playground.core.i18n import translate, translate_later
from playground.ui.plots import colors
from playground.ui.plots.style import FOREGROUND, line_item, make_plot_widget, set_label_text

log = logging.getLogger(__name__)

PLANE, CURVE, NONE = "plane", "curve", "none"
MODES = (PLANE, CURVE, NONE)
DEFAULT_MESSAGE = translate_later("BoundaryPlot", "No decision boundary for this data: see the loss curves")
POINT_SIZE = 7
CURVE_POINT_COLOR = (120, 120, 120)  # function-fit samples: neutral, the curve is the star
LINE_GLYPH, SQUARE_GLYPH = "\u2501\u2501", "\u25a0"

Extent = tuple[float, float, float, float]


class BoundaryPlot(QWidget):
    """Decision boundary (mode "plane"), function fit ("curve") or a message ("none")."""

    show_test_changed = Signal(bool)
    discretize_changed = Signal(bool)
    # drawing on the plane (`set_drawing(True)`): where the mouse went, in data coordinates
    draw_pressed = Signal(float, float, bool)  # x1, x2, erase (right button)
    draw_dragged = Signal(float, float)
    draw_released = Signal(float, float)
    draw_key = Signal(int)  # a digit key 1-9 pressed on the plot: choose that class or value
    point_chosen = Signal(float, float)  # Ctrl+click on the plane: (x1, x2), e.g. to explain a neuron there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mode = PLANE
        self._n_classes = 2
        self._regression = False
        self._value_range: tuple[float, float] | None = None  # regression colour scale
        self._grid: np.ndarray | None = None
        self._extent: Extent | None = None
        self._rect_key: tuple | None = None  # (extent, grid shape) the image rect was set for
        self._train_labels: np.ndarray | None = None
        self._test_labels: np.ndarray | None = None
        # one neuron's map shown instead of the network's output: (values, title)
        self._focus: tuple[np.ndarray, str] | None = None
        self._build_ui()
        self._update_key()
        self._brush_cache: dict[tuple[int, int, int, int], object] = {}
        self._drawing = False
        self._dragging = False

    # ---- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.show_test_box = QCheckBox(translate("BoundaryPlot", "Show test data"))
        self.show_test_box.setToolTip(translate("BoundaryPlot", "Draw the held-out test points (black outline) as well."))
        self.discretize_box = QCheckBox(translate("BoundaryPlot", "Discretize output"))
        self.discretize_box.setToolTip(translate("BoundaryPlot", "Colour each point of the plane by the predicted "
                                                 "class only, without the shades of confidence."))
        self.show_test_box.toggled.connect(self._on_show_test)
        self.discretize_box.toggled.connect(self._on_discretize)
        self.toolbar = QWidget()
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.show_test_box)
        row.addWidget(self.discretize_box)
        row.addStretch(1)
        # What the colours mean, always in sight (the same colours as on the canvas).
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.key)

        # No grid: the decision image covers the plane (and a grid costs ~1-4 ms a repaint).
        self.plot = make_plot_widget("x\u2081", "x\u2082", grid=False)
        self.view = self.plot.getPlotItem().getViewBox()
        self.view.setAspectLocked(True)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.image = pg.ImageItem(axisOrder="row-major")  # image[row, col]: row follows x2
        self.image.setZValue(-10)
        self.curve_item = line_item(colors.BLUE, width=3)
        self.train_scatter = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen("w", width=1),
                                                antialias=True)
        self.test_scatter = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen("k", width=1),
                                               antialias=True)
        self.test_scatter.setZValue(1)
        self.train_scatter.setZValue(2)
        self.curve_item.setZValue(3)
        # a point being dragged, drawn where the mouse is until the drag ends
        self.drag_marker = pg.ScatterPlotItem(size=POINT_SIZE + 4, pen=pg.mkPen("k", width=2),
                                              brush=pg.mkBrush(255, 255, 255, 160))
        self.drag_marker.setZValue(4)
        for item in (self.image, self.curve_item, self.train_scatter, self.test_scatter,
                     self.drag_marker):
            self.plot.addItem(item)
        self.test_scatter.setVisible(False)
        self.curve_item.setVisible(False)

        self.message = QLabel(translate("BoundaryPlot", DEFAULT_MESSAGE))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: rgb{FOREGROUND}; background: white; font-size: 12pt;"
                                   " padding: 20px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.plot)
        self.pages.addWidget(self.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)

    def _clicked(self, event) -> None:
        if (event.button() == Qt.MouseButton.LeftButton and self._mode == PLANE
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            point = self.view.mapSceneToView(event.scenePos())
            event.accept()
            self.point_chosen.emit(float(point.x()), float(point.y()))

    # ---- modes ----------------------------------------------------------------------------

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str, message: str | None = None) -> None:
        """"plane": decision grid + points; "curve": prediction line + points; "none": a message."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        if message is not None:
            self.message.setText(message)
        if mode == self._mode:
            return
        log.debug("boundary plot: %s mode", mode)
        self._mode = mode
        self.pages.setCurrentWidget(self.message if mode == NONE else self.plot)
        self._update_key()
        self.toolbar.setVisible(mode != NONE)
        self.discretize_box.setEnabled(mode == PLANE)
        self.image.setVisible(mode == PLANE)
        self.curve_item.setVisible(mode == CURVE)
        self.view.setAspectLocked(mode == PLANE)
        item = self.plot.getPlotItem()
        if mode == CURVE:
            set_label_text(item, "bottom", "x")
            set_label_text(item, "left", "y")
            self.view.enableAutoRange()
        else:
            set_label_text(item, "bottom", "x\u2081")
            set_label_text(item, "left", "x\u2082")
            self._rect_key = None  # re-apply the extent when the next grid arrives
            if mode == PLANE and self._grid is not None:
                self._render_grid()

    def message_text(self) -> str:
        return self.message.text()

    def key_text(self) -> str:
        """The colour key as plain text (for tests and screen readers)."""
        return re.sub(r"<[^>]+>", "", self.key.text()).replace("&nbsp;", " ")

    def _update_key(self) -> None:
        """Say what the colours mean for this mode and task (or the neuron shown)."""
        if self._focus is not None and self._mode == PLANE:
            text = (f"<b>{self._focus[1]}</b>&nbsp;&nbsp; {_dot(colors.ORANGE, SQUARE_GLYPH)}&nbsp;\u2212"
                    f"&nbsp;&nbsp; {_dot(colors.BLUE, SQUARE_GLYPH)}&nbsp;+")
            tip = translate("BoundaryPlot", "What the neuron under the mouse outputs over the input plane (scaled "
                            "into -1..1); move the mouse off it to see the network's output again.")
        elif self._mode == CURVE:
            text = translate("BoundaryPlot", "{dot}&nbsp;data&nbsp;&nbsp; {line}&nbsp;network's prediction").format(
                dot=_dot(CURVE_POINT_COLOR), line=_dot(colors.BLUE, LINE_GLYPH))
            tip = translate("BoundaryPlot", "Grey dots: the samples (y over x). Blue line: what the network predicts "
                            "for each x.")
        elif self._regression:
            lo_hi = self._value_range
            centre = 0.0 if lo_hi is None or lo_hi[0] < 0.0 < lo_hi[1] else 0.5 * (lo_hi[0] + lo_hi[1])
            text = translate("BoundaryPlot", "{below_dot}&nbsp;below {centre:.3g}&nbsp;&nbsp; "
                             "{above_dot}&nbsp;above {centre:.3g}").format(
                below_dot=_dot(colors.ORANGE, SQUARE_GLYPH), above_dot=_dot(colors.BLUE, SQUARE_GLYPH), centre=centre)
            tip = translate("BoundaryPlot", "Points: the target value; background: the network's prediction over "
                            "the plane. The stronger the colour, the further from the middle value (white).")
        else:
            k = max(self._n_classes, 2)
            shown = min(k, colors.MAX_CLASSES)
            text = "&nbsp;&nbsp; ".join(translate("BoundaryPlot", "{dot}&nbsp;class&nbsp;{i}").format(
                dot=_dot(colors.class_color(i)), i=i) for i in range(shown))
            if k > shown:
                text += "&nbsp;&nbsp; \u2026"
            tip = translate("BoundaryPlot", "Points: the data, coloured by class (test points have a black outline). "
                            "Background: the class the network predicts there; pale or white where it is unsure.")
        self.key.setText(text)
        self.key.setToolTip(tip)

    # ---- toggles ----------------------------------------------------------------------------

    def show_test(self) -> bool:
        return self.show_test_box.isChecked()

    def set_show_test(self, on: bool) -> None:
        self.show_test_box.setChecked(on)

    def discretize(self) -> bool:
        return self.discretize_box.isChecked()

    def set_discretize(self, on: bool) -> None:
        self.discretize_box.setChecked(on)

    def _on_show_test(self, on: bool) -> None:
        self.test_scatter.setVisible(on)
        self.show_test_changed.emit(on)

    def _on_discretize(self, on: bool) -> None:
        if self._grid is not None and self._mode == PLANE:
            self._render_grid()
        self.discretize_changed.emit(on)

    # ---- points -----------------------------------------------------------------------------

    def set_points(self, train: np.ndarray, train_labels: np.ndarray, test: np.ndarray | None = None,
                   test_labels: np.ndarray | None = None, n_classes: int = 2,
                   regression: bool = False) -> None:
        """Scatter the samples: class colours (or the diverging map for regression values).

        1-D inputs (N, 1) are drawn as (x, label) pairs, as a function fit expects.
        """
        self._n_classes = n_classes
        self._regression = regression or n_classes <= 0
        train, train_labels = _as_points(train, train_labels)
        test, test_labels = _as_points(test, test_labels)
        self._train_labels, self._test_labels = train_labels, test_labels
        if self._regression:
            both = np.concatenate([train_labels, test_labels]).astype(np.float64)
            finite = both[np.isfinite(both)]
            self._value_range = (float(finite.min()), float(finite.max())) if finite.size else None
        self._update_key()
        self.train_scatter.setData(pos=train, brush=self._brushes(train_labels))
        self.test_scatter.setData(pos=test, brush=self._brushes(test_labels))
        if self._grid is not None and self._mode == PLANE:
            self._render_grid()  # the regression colour scale may have changed

    def _brushes(self, labels: np.ndarray) -> list:
        if labels.size == 0:
            return []
        if self._mode == CURVE:
            return [self._brush(CURVE_POINT_COLOR + (230,))] * len(labels)
        if self._regression:
            rgba = colors.diverging_rgba(self._normalize(labels.astype(np.float64)))
        else:
            rgba = colors.CLASS_RGBA[np.asarray(labels, np.intp) % colors.MAX_CLASSES]
        return [self._brush(tuple(int(c) for c in row)) for row in rgba]

    def _brush(self, rgba: tuple[int, ...]) -> object:
        # A few distinct colours only (classes, or the LUT entries): share the QBrush objects.
        brush = self._brush_cache.get(rgba)
        if brush is None:
            brush = self._brush_cache[rgba] = pg.mkBrush(*rgba)
        return brush

    def point_data(self, which: str = "train") -> tuple[np.ndarray, np.ndarray]:
        """(positions (N, 2), colours (N, 4) uint8) of the "train" or "test" scatter, for tests."""
        item = self.train_scatter if which == "train" else self.test_scatter
        x, y = item.getData()
        pos = np.column_stack([x, y]) if x is not None else np.zeros((0, 2))
        brushes = item.data["brush"] if len(item.data) else []
        rgba = np.array([b.color().getRgb() for b in brushes], np.uint8).reshape(-1, 4)
        return pos, rgba

    # ---- drawing points with the mouse --------------------------------------------------------

    def set_drawing(self, on: bool) -> None:
        """Clicks add, drag, or (right button) erase points instead of panning the view; digit
        keys choose the class. What a click means is decided by whoever listens."""
        if on == self._drawing:
            return
        self._drawing = on
        self._dragging = False
        self.drag_marker.clear()
        self.view.setMouseEnabled(not on, not on)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.NoFocus)
        for target in (self.plot, self.plot.viewport()):
            if on:
                target.installEventFilter(self)
            else:
                target.removeEventFilter(self)
        self.plot.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def drawing(self) -> bool:
        return self._drawing

    def data_point(self, viewport_pos: QPointF) -> tuple[float, float] | None:
        """The plane's coordinates under a viewport position; None off the plotting area."""
        scene = self.plot.mapToScene(viewport_pos.toPoint())
        if not self.view.sceneBoundingRect().contains(scene):
            return None
        point = self.view.mapSceneToView(scene)
        return point.x(), point.y()

    def viewport_pos(self, x: float, y: float) -> QPointF:
        """Where the plane's point (x, y) is in the viewport (tests click there)."""
        return QPointF(self.plot.mapFromScene(self.view.mapViewToScene(QPointF(x, y))))

    def pixel_size(self) -> tuple[float, float]:
        """Plane units per screen pixel, along x1 and x2 (to pick a point within a few pixels)."""
        size = self.view.viewPixelSize()
        return float(size[0]) or 1.0, float(size[1]) or 1.0

    def show_drag_marker(self, x: float | None, y: float | None = None) -> None:
        if x is None or y is None:
            self.drag_marker.clear()
        else:
            self.drag_marker.setData(pos=[(x, y)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9 \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.draw_key.emit(event.key() - Qt.Key.Key_0)
            return True
        if watched is not self.plot.viewport():
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self.plot.setFocus(Qt.FocusReason.MouseFocusReason)  # for the class keys
            where = self.data_point(event.position())
            if where is not None and event.button() in (Qt.MouseButton.LeftButton,
                                                        Qt.MouseButton.RightButton):
                self._dragging = event.button() == Qt.MouseButton.LeftButton
                self.draw_pressed.emit(*where, event.button() == Qt.MouseButton.RightButton)
            return True
        if kind == QEvent.Type.MouseMove and self._dragging:
            where = self.data_point(event.position())
            if where is not None:
                self.draw_dragged.emit(*where)
            return True
        if kind == QEvent.Type.MouseButtonRelease:
            if self._dragging:
                self._dragging = False
                # off the plotting area: NaN, and the drag is called off
                where = self.data_point(event.position()) or (float("nan"), float("nan"))
                self.draw_released.emit(*where)
                self.drag_marker.clear()
            return True
        if kind in (QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu):
            return True  # neither the view's menu nor its auto-range while drawing
        return False

    # ---- the decision grid -----------------------------------------------------------------

    def set_grid(self, grid: np.ndarray | None, extent: Extent | None) -> None:
        """grid[row, col, k]: row 0 is the bottom (x2 min). extent = (x1min, x1max, x2min,
        x2max) spans the sample lattice, first to last sample (np.linspace, as the probes make
        it), so each pixel is centred on its sample. K=2 gives [1-p, p], K>2 class
        probabilities, K=1 a regression value."""
        if grid is None or extent is None:
            return
        if grid.ndim == 2:
            grid = grid[..., None]
        self._grid, self._extent = grid, tuple(float(v) for v in extent)
        if self._mode == PLANE and self._focus is None:  # a neuron in focus keeps the image
            self._render_grid()

    def set_focus(self, values: np.ndarray | None, title: str = "") -> None:
        """Show one neuron's map instead of the network's output, as TensorFlow Playground does
        while the mouse is on a neuron: `values` (T, T) in about [-1, 1], every (G // T)-th
        sample of the current G x G grid from its first. None shows the output again."""
        if values is None or self._grid is None:
            if self._focus is None:
                return
            self._focus = None
        else:
            self._focus = (np.asarray(values, np.float32), title)
        self._update_key()
        if self._mode == PLANE and self._grid is not None:
            self._render_grid()

    def focus_title(self) -> str:
        """The neuron shown instead of the output ("" when it is the output)."""
        return "" if self._focus is None else self._focus[1]

    def _render_grid(self) -> None:
        grid, extent = self._grid, self._extent
        assert grid is not None and extent is not None
        if self._focus is not None:  # smooth over the grid's own lattice
            rgba = colors.BACKGROUND_LUT[colors.lut_index(resample(self._focus[0], grid.shape[0]))]
        else:
            rgba = self.colorize(grid)
        self.image.setImage(rgba, autoLevels=False)
        key = (extent, grid.shape[:2])
        if key != self._rect_key:
            # setRect scales by the current image size, so it follows setImage.
            self.image.setRect(pixel_rect(extent, grid.shape[0], grid.shape[1]))
            x0, x1, y0, y1 = extent
            self.view.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self._rect_key = key

    def colorize(self, grid: np.ndarray) -> np.ndarray:
        """(G, G, K) network output -> (G, G, 4) uint8 background colours."""
        k = grid.shape[-1]
        discrete = self.discretize()
        if k == 1:
            values = self._normalize(grid[..., 0].astype(np.float32))
            if discrete:
                values = np.where(values >= 0, 1.0, -1.0)
            return colors.BACKGROUND_LUT[colors.lut_index(values)]
        if k == 2:
            p = grid[..., 1]
            if discrete:
                return colors.CLASS_BACKGROUND_RGBA[(p > 0.5).astype(np.intp)]
            return colors.BACKGROUND_LUT[colors.lut_index(p * 2.0 - 1.0)]
        if discrete:
            return colors.hard_classes(grid)
        return colors.blend_classes(grid)

    def _normalize(self, values: np.ndarray) -> np.ndarray:
        """Regression values -> [-1, 1] on the targets' scale; 0 stays white when the range
        spans it, so the sign of the prediction is visible."""
        lo_hi = self._value_range
        if lo_hi is None:
            finite = values[np.isfinite(values)]
            if not finite.size:
                return np.zeros_like(values)
            lo_hi = (float(finite.min()), float(finite.max()))
        lo, hi = lo_hi
        center = 0.0 if lo < 0.0 < hi else 0.5 * (lo + hi)
        half = max(hi - center, center - lo)
        return (values - center) / half if half > 0 else np.zeros_like(values)

    def image_rect(self) -> QRectF:
        """The image's outer edges in data coordinates (for tests and hover read-outs)."""
        return self.image.mapRectToParent(self.image.boundingRect())

    # ---- 1-D function fits --------------------------------------------------------------------

    def set_curve(self, curve: np.ndarray | None, train: np.ndarray | None = None,
                  test: np.ndarray | None = None) -> None:
        """Predicted y over x, shape (M, 2); optionally the (x, y) samples as (N, 2) arrays."""
        if self._mode != CURVE:
            self.set_mode(CURVE)
        if train is not None:
            train = np.asarray(train, np.float64).reshape(-1, 2)
            test = np.zeros((0, 2)) if test is None else np.asarray(test, np.float64).reshape(-1, 2)
            self.set_points(train, train[:, 1], test, test[:, 1], n_classes=0, regression=True)
        if curve is None or len(curve) == 0:
            self.curve_item.setData([], [])
            return
        curve = np.asarray(curve, np.float64)
        order = np.argsort(curve[:, 0], kind="stable")  # a line drawn out of order zigzags
        self.curve_item.setData(curve[order, 0], curve[order, 1])

    def curve_data(self) -> tuple[np.ndarray, np.ndarray]:
        x, y = self.curve_item.getOriginalDataset()
        return (np.zeros(0) if x is None else x), (np.zeros(0) if y is None else y)

    # ---- reset ------------------------------------------------------------------------------

    def clear_output(self) -> None:
        """Forget the network's output (grid and curve), keep the data points (a new run)."""
        self.image.clear()
        self.curve_item.setData([], [])
        self._grid = self._extent = self._rect_key = None

    def clear(self) -> None:
        """Forget points, grid and curve (a new run or a new data set); toggles stay."""
        self.train_scatter.clear()
        self.test_scatter.clear()
        self.image.clear()
        self.curve_item.setData([], [])
        self._grid = self._extent = self._rect_key = None
        self._train_labels = self._test_labels = None
        self._value_range = None
        if self._focus is not None:
            self._focus = None
            self._update_key()


def _dot(rgb: tuple[int, ...], glyph: str = "\u25cf") -> str:
    return f"<span style='color: {colors.hex_color(tuple(rgb[:3]))}'>{glyph}</span>"


def resample(values: np.ndarray, size: int) -> np.ndarray:
    """A (T, T) map sampled at every (size // T)-th point of a size x size lattice -> the whole
    lattice, linear between the samples and level beyond the last one (a few points at the far
    edges, within one sample's reach)."""
    t = values.shape[0]
    if t < 2:
        return np.broadcast_to(values.reshape(-1)[:1], (size, size)).astype(values.dtype)
    pos = np.minimum(np.arange(size) / max(1, size // t), t - 1)
    i0 = np.minimum(pos.astype(np.intp), t - 2)
    w = (pos - i0).astype(values.dtype)
    rows = values[i0] * (1 - w)[:, None] + values[i0 + 1] * w[:, None]
    return rows[:, i0] * (1 - w)[None, :] + rows[:, i0 + 1] * w[None, :]


def pixel_rect(extent: Extent, rows: int, cols: int) -> QRectF:
    """The image rect that centres pixel (i, j) on sample (x1[j], x2[i]) of the lattice:
    half a step beyond the extent on every side."""
    x0, x1, y0, y1 = extent
    dx = (x1 - x0) / (cols - 1) if cols > 1 else (x1 - x0) or 1.0
    dy = (y1 - y0) / (rows - 1) if rows > 1 else (y1 - y0) or 1.0
    return QRectF(x0 - dx / 2, y0 - dy / 2, dx * cols, dy * rows)


def _as_points(points: np.ndarray | None, labels: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    if points is None or labels is None:
        return np.zeros((0, 2)), np.zeros(0)
    points = np.asarray(points, np.float64)
    labels = np.asarray(labels).reshape(-1)
    if points.ndim == 1 or points.shape[1] == 1:
        points = np.column_stack([points.reshape(-1), labels.astype(np.float64)])
    return points[:, :2], labels
