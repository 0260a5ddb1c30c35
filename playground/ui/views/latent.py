"""The code view of an autoencoder: each test sample's bottleneck code as a point, coloured by
its class, and for a 2-unit code what the decoder makes of each region of the code plane."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from playground.core.i18n import translate
from playground.core.task import Task
from playground.engine.payloads.latent import LatentPayload
from playground.ui.plots import colors
from playground.ui.plots.style import FONT_POINT_SIZE, FOREGROUND, make_plot_widget, set_label_text
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.mosaic import MosaicPlot, sample_rgb, tile, tile_gap

LABEL_COLORS = colors.TEN_CLASS_COLORS  # digits and CIFAR have 10 classes
UNLABELLED = colors.BLUE
POINT_SIZE = 7
POINT_ALPHA = 190
NAME_SIZE = FONT_POINT_SIZE + 6  # the class names on the clusters, read from the back row


def label_color(k: int) -> tuple[int, int, int]:
    return LABEL_COLORS[k % len(LABEL_COLORS)]


def axis_names(payload: LatentPayload) -> tuple[str, str]:
    if payload.explained is None:
        return code_units()
    return tuple(translate("latent", "PC {n} ({share:.0%})").format(n=i + 1, share=share)
                 for i, share in enumerate(payload.explained))


def code_units() -> tuple[str, str]:
    """The axes' names when the code has two numbers: they are drawn as they are."""
    return translate("latent", "code unit 1"), translate("latent", "code unit 2")


def summary(payload: LatentPayload) -> str:
    if not len(payload.points):
        return translate("latent", "The code is not a number: the network has diverged")
    return translate("latent", "The code of {n} test samples: {units} numbers each").format(
        n=len(payload.points), units=payload.units)


def explanation(payload: LatentPayload) -> str:
    parts = []
    if payload.explained is not None:
        parts.append(translate("latent", "Each point is one sample's {units}-number code, seen along the two "
                               "directions the codes vary most (principal components PC 1 and PC 2, with "
                               "each one's share of the variance).").format(units=payload.units))
    if payload.labels is None:
        parts.append(translate("latent", "The data keeps no class for these samples: the points are not coloured."))
    else:
        parts.append(translate("latent", "Colours: each sample's class, its name at the middle of its points."))
    if payload.manifold is not None:
        parts.append(translate("latent", "Right: the decoder's output for a {n} x {n} grid over the same plane.")
                     .format(n=payload.grid))
    return " ".join(parts)  # whole sentences, each translated on its own


def class_centres(points: np.ndarray, labels: np.ndarray, n_classes: int) -> dict[int, np.ndarray]:
    """Where to write each class's name: the median of its points (robust to a few strays)."""
    return {k: np.median(points[labels == k], axis=0) for k in range(n_classes) if np.any(labels == k)}


def manifold_picture(payload: LatentPayload) -> tuple[np.ndarray, int, int]:
    """The decoded lattice as one picture, row 0 (the highest unit-2 value) at the top, and its
    tiles' height and width."""
    tiles = sample_rgb(payload.manifold, (0.0, 255.0))
    g = payload.grid
    _, h, w, _ = tiles.shape
    gap = tile_gap(h)
    return tile(tiles.reshape(g, g, h, w, 3), [gap] * (g - 1), gap), h, w


class LatentView(ViewWidget):
    name = "latent"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        # above both plots: a plot's own title wider than its half of the view would widen the
        # plot past its edge
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet(f"color: rgb{FOREGROUND}; background: white; "
                                 f"font-size: {FONT_POINT_SIZE + 2}pt; padding: 4px;")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.plot_widget = make_plot_widget(*code_units())
        self.plot = self.plot_widget.getPlotItem()
        self.plot.getViewBox().setAspectLocked(True)  # distances in the code read the same both ways
        self.scatter = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(None), antialias=True)
        self.plot.addItem(self.scatter)
        self.names: dict[int, pg.TextItem] = {}
        self.mosaic = MosaicPlot()
        self.mosaic.set_axis_label("bottom", code_units()[0])
        self.mosaic.set_axis_label("left", code_units()[1])
        self.mosaic.setVisible(False)
        row.addWidget(self.plot_widget, 1)
        row.addWidget(self.mosaic, 1)
        layout.addLayout(row, 1)
        self.note = note_label()
        layout.addWidget(self.note)
        self._brushes: list[pg.QtGui.QBrush] = []
        self._labels: np.ndarray | None = None
        self._axis_names: tuple[str, str] = code_units()

    def render(self, payload: LatentPayload) -> None:
        points = payload.points
        self.scatter.setData(pos=points, brush=self._point_brushes(payload))
        self._place_names(payload)
        names = axis_names(payload)
        if names != self._axis_names:  # the shares move by whole percents, now and then
            self._axis_names = names
            set_label_text(self.plot, "bottom", names[0])
            set_label_text(self.plot, "left", names[1])
        self._show_manifold(payload)
        for label, text in ((self.title, summary(payload)), (self.note, explanation(payload))):
            if text != label.text():  # the same all run: no re-layout per payload
                label.setText(text)

    def _point_brushes(self, payload: LatentPayload) -> list:
        """One brush per point, made again only when the samples' classes change (a new run)."""
        labels, n = payload.labels, len(payload.points)
        if labels is None:
            if self._labels is not None or len(self._brushes) != n:
                self._brushes = [pg.mkBrush(*UNLABELLED, POINT_ALPHA)] * n
        elif self._labels is None or not np.array_equal(labels, self._labels):
            palette = [pg.mkBrush(*label_color(k), POINT_ALPHA) for k in range(int(labels.max(initial=0)) + 1)]
            self._brushes = [palette[k] for k in labels]
        self._labels = labels
        return self._brushes

    def _place_names(self, payload: LatentPayload) -> None:
        centres = ({} if payload.labels is None else
                   class_centres(payload.points, payload.labels, len(payload.class_names)))
        for k, item in list(self.names.items()):
            if k not in centres:
                self.plot.removeItem(item)
                del self.names[k]
        for k, (x, y) in centres.items():
            item = self.names.get(k)
            if item is None:
                item = pg.TextItem(anchor=(0.5, 0.5), fill=pg.mkBrush(255, 255, 255, 150))
                item.setHtml(f"<span style='color: {colors.hex_color(label_color(k))}; "
                             f"font-size: {NAME_SIZE}pt; font-weight: bold'>{payload.class_names[k]}</span>")
                item.setZValue(10)
                self.plot.addItem(item)
                self.names[k] = item
            item.setPos(float(x), float(y))

    def _show_manifold(self, payload: LatentPayload) -> None:
        if payload.manifold is None:
            self.mosaic.setVisible(False)
            return
        self.mosaic.setVisible(True)
        picture, h, w = manifold_picture(payload)
        self.mosaic.show_picture(picture, square_pixels=payload.manifold.ndim == 4)
        u1_lo, u1_hi, u2_lo, u2_hi = payload.extent
        height, width = picture.shape[:2]
        # the first and last tiles' code values: the lattice is read against the scatter's axes
        self.mosaic.set_ticks("bottom", [(w / 2, f"{u1_lo:.2g}"), (width - w / 2, f"{u1_hi:.2g}")])
        self.mosaic.set_ticks("left", [(h / 2, f"{u2_hi:.2g}"), (height - h / 2, f"{u2_lo:.2g}")])
        self.mosaic.set_title(translate("LatentView", "Decoded grid"))

    def reset(self) -> None:
        self.scatter.clear()
        for item in self.names.values():
            self.plot.removeItem(item)
        self.names = {}
        self._brushes, self._labels = [], None
        self.title.setText("")
        self.mosaic.clear_picture()
        self.mosaic.setVisible(False)
        self.note.setText("")


WIDGET = LatentView
