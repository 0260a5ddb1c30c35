"""A GAN on the plane, as GAN Lab draws it: the real samples, G's samples, D's score as the
background, the arrows along which G's samples would look more real to D, and G's manifold.
Each layer has a box to switch it off."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout

from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.gan_plane import GanPlanePayload
from playground.ui.plots import colors
from playground.ui.plots.boundary import pixel_rect
from playground.ui.plots.style import make_plot_widget
from playground.ui.views.base import ViewWidget, column, note_label

REAL_COLOR = (20, 140, 60)  # green: the data
FAKE_COLOR = (140, 60, 170)  # purple: G's samples
MANIFOLD_COLOR = (140, 60, 170, 90)
ARROW_COLOR = (60, 60, 60, 200)
ARROW_LENGTH = 0.8  # plane units of the longest arrow: the others in proportion
POINT_SIZE = 5
NOTE = translate_later("gan_plane", "Green: real samples. Purple: G's samples, each with an arrow along which D would find it more "
        "real. Background: D's score (blue: D says real, orange: fake). Faint lines: G's manifold, a "
        "lattice of noise carried through G.")
LAYERS = (("real", translate_later("gan_plane", "Real")), ("fake", translate_later("gan_plane", "Fake")), ("scores", translate_later("gan_plane", "D's score")), ("arrows", translate_later("gan_plane", "Gradients")),
          ("manifold", translate_later("gan_plane", "Manifold")))


def arrow_segments(fake: np.ndarray, gradients: np.ndarray) -> np.ndarray:
    """(2n, 2) points, start and end of each arrow in turn (for connect="pairs"): the longest
    ARROW_LENGTH long, the others in proportion; none where the gradient is not finite."""
    ok = np.isfinite(fake).all(axis=1) & np.isfinite(gradients).all(axis=1)
    fake, gradients = fake[ok], gradients[ok]
    longest = float(np.linalg.norm(gradients, axis=1).max()) if len(gradients) else 0.0
    scale = ARROW_LENGTH / longest if longest > 0 else 0.0
    segments = np.empty((2 * len(fake), 2), np.float32)
    segments[0::2], segments[1::2] = fake, fake + gradients * scale
    return segments


def manifold_lines(manifold: np.ndarray | None) -> np.ndarray:
    """(n, 2) points of polylines separated by NaN rows (connect="finite"): the lattice's rows and
    columns for 2-D noise, the one curve for 1-D noise; empty without a manifold."""
    if manifold is None:
        return np.zeros((0, 2), np.float32)
    if manifold.ndim == 2:
        return manifold.astype(np.float32)
    gap = np.full((1, 2), np.nan, np.float32)
    lines = [part for line in (*manifold, *manifold.transpose(1, 0, 2)) for part in (line, gap)]
    return np.concatenate(lines).astype(np.float32)


class GanPlaneView(ViewWidget):
    name = "gan_plane"
    needs_data = True
    max_rate = 15.0  # G's samples move smoothly enough at 15 frames a second; each costs a full repaint

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        toggles = QHBoxLayout()
        self.toggles: dict[str, QCheckBox] = {}
        for key, label in LAYERS:
            box = QCheckBox(translate("gan_plane", label))
            box.setChecked(True)
            box.toggled.connect(self._show_layers)
            toggles.addWidget(box)
            self.toggles[key] = box
        toggles.addStretch(1)
        layout.addLayout(toggles)
        self.plot_widget = make_plot_widget("x\u2081", "x\u2082", grid=False)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getViewBox().setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")  # image[row, col]: row follows x2
        self.manifold = pg.PlotCurveItem(pen=pg.mkPen(MANIFOLD_COLOR, width=1), connect="finite")
        self.real = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(None), brush=pg.mkBrush(*REAL_COLOR, 170))
        self.fake = pg.ScatterPlotItem(size=POINT_SIZE, pen=pg.mkPen(None), brush=pg.mkBrush(*FAKE_COLOR, 200))
        self.arrows = pg.PlotCurveItem(pen=pg.mkPen(ARROW_COLOR, width=1), connect="pairs")
        self.layers = {"scores": self.image, "manifold": self.manifold, "real": self.real, "arrows": self.arrows,
                       "fake": self.fake}
        for z, item in enumerate(self.layers.values()):
            item.setZValue(z)
            self.plot.addItem(item)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(note_label(translate("gan_plane", NOTE)))
        self._extent: tuple[float, float, float, float] | None = None

    def set_data(self, bundle) -> None:
        points = [p for p in (bundle.points_train, bundle.points_test) if p is not None]
        self.real.setData(pos=np.concatenate(points) if points else np.zeros((0, 2)))
        if bundle.extent is not None and bundle.extent != self._extent:
            self._extent = bundle.extent
            x0, x1, y0, y1 = bundle.extent
            self.plot.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def render(self, payload: GanPlanePayload) -> None:
        scores = payload.scores
        self.image.setImage(colors.BACKGROUND_LUT[colors.lut_index(scores * 2.0 - 1.0)], autoLevels=False)
        self.image.setRect(pixel_rect(payload.extent, *scores.shape))
        finite = np.isfinite(payload.fake).all(axis=1)
        self.fake.setData(pos=payload.fake[finite])
        segments = arrow_segments(payload.fake, payload.gradients)
        self.arrows.setData(segments[:, 0], segments[:, 1], connect="pairs")
        lines = manifold_lines(payload.manifold)
        self.manifold.setData(lines[:, 0], lines[:, 1], connect="finite")

    def _show_layers(self) -> None:
        for key, box in self.toggles.items():
            self.layers[key].setVisible(box.isChecked())

    def reset(self) -> None:
        self.image.clear()
        self.fake.clear()
        self.arrows.setData([], [])
        self.manifold.setData([], [])


WIDGET = GanPlaneView
