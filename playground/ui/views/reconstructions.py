"""The reconstructions view of an autoencoder: test samples, each above what the network gives
back for it, on one grey scale, with the mean reconstruction error."""

from __future__ import annotations

import math

import numpy as np

from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.reconstructions import ReconstructionsPayload
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.mosaic import GAP_FILL, MosaicPlot, sample_rgb, tile, tile_gap

ORIGINAL, OUTPUT = translate_later("reconstructions", "input"), translate_later("reconstructions", "output")  # as on the canvas
EXPLANATIONS = {  # (images, on the test set): whole sentences, so that each translates as a whole
    (True, True): translate_later("reconstructions", "Each test image (input) above what the network gives back "
                                  "(output), on the same grey scale. The error is the mean over {n} test images."),
    (True, False): translate_later("reconstructions", "Each test image (input) above what the network gives back "
                                   "(output), on the same grey scale. The error is the mean over {n} training images."),
    (False, True): translate_later("reconstructions", "Each test sample (input) above what the network gives back "
                                   "(output), on the same grey scale. The error is the mean over {n} test samples."),
    (False, False): translate_later("reconstructions", "Each test sample (input) above what the network gives back "
                                    "(output), on the same grey scale. The error is the mean over {n} training "
                                    "samples."),
}
LABEL_ROOM = 70  # pixels the row names take beside the picture
TITLE_ROOM = 40  # pixels the title takes above it
STRIP_ROWS = 4  # picture rows per flat vector's strip


def best_bands(n: int, h: int, w: int, width: float, height: float) -> int:
    """How many bands (each a row of originals over a row of reconstructions) show `n` h x w
    samples largest in a width x height area: one long band in a wide strip, more in a square.
    Only as many as divide `n`: every band full."""
    gap = tile_gap(h)

    def scale(bands: int) -> float:
        cols = math.ceil(n / bands)
        picture_w = cols * w + (cols - 1) * gap
        picture_h = bands * (2 * h + gap) + (bands - 1) * 2 * gap
        return min(width / picture_w, height / picture_h)

    return max((b for b in range(1, max(n, 1) + 1) if n % b == 0), key=lambda b: (scale(b), -b), default=1)


def pairs_picture(originals: np.ndarray, outputs: np.ndarray, bands: int) -> tuple[np.ndarray, list[float]]:
    """(n, h, w, 3) originals and outputs -> the picture of `bands` bands, and the centre row
    (in picture pixels) of each row of tiles, top to bottom."""
    n, h, w, _ = originals.shape
    cols = math.ceil(n / bands)
    tiles = np.full((2 * bands, cols, h, w, 3), GAP_FILL, dtype=np.uint8)
    for i in range(n):
        band, col = divmod(i, cols)
        tiles[2 * band, col] = originals[i]
        tiles[2 * band + 1, col] = outputs[i]
    gap = tile_gap(h)
    row_gaps = [gap if r % 2 == 0 else 2 * gap for r in range(2 * bands - 1)]  # pairs close together
    tops = np.concatenate([[0], np.cumsum(h + np.asarray(row_gaps, dtype=int))])
    return tile(tiles, row_gaps, gap), [float(t) + h / 2 for t in tops]


def summary(payload: ReconstructionsPayload) -> str:
    """The title: short enough for a small window (a long title widens the plot past it)."""
    if not math.isfinite(payload.error):
        return translate("reconstructions", "The network's output is not a number")
    title = (translate("reconstructions", "Mean squared error per pixel: {error:.4f}") if payload.originals.ndim == 4
             else translate("reconstructions", "Mean squared error per value: {error:.4f}"))
    return title.format(error=payload.error)


def explanation(payload: ReconstructionsPayload) -> str:
    key = (payload.originals.ndim == 4, payload.part == "test")
    return translate("reconstructions", EXPLANATIONS[key]).format(n=payload.scored)


class ReconstructionsView(ViewWidget):
    name = "reconstructions"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        self.mosaic = MosaicPlot()
        layout.addWidget(self.mosaic, 1)
        self.note = note_label()
        layout.addWidget(self.note)
        self.bands = 0

    def render(self, payload: ReconstructionsPayload) -> None:
        originals = sample_rgb(payload.originals, payload.levels)
        outputs = sample_rgb(payload.reconstructions, payload.levels)
        images = payload.originals.ndim == 4
        if not images:  # a flat vector is a strip, one per band, stretched to the plot: thicker
            originals, outputs = (np.repeat(x, STRIP_ROWS, axis=1) for x in (originals, outputs))  # than its gaps
        n, h, w, _ = originals.shape
        self.bands = best_bands(n, h, w, self.width() - LABEL_ROOM, self.height() - TITLE_ROOM) if images else n
        picture, centres = pairs_picture(originals, outputs, max(self.bands, 1))
        self.mosaic.show_picture(picture, square_pixels=images)
        # a dozen strips named over and over would be a wall of words: the first pair says it
        named = centres if images else centres[:2]
        self.mosaic.set_ticks("left", [(y, translate("reconstructions", OUTPUT if r % 2 else ORIGINAL))
                                        for r, y in enumerate(named)])
        self.mosaic.set_title(summary(payload))
        text = explanation(payload)
        if text != self.note.text():  # the same all run: no re-layout per payload
            self.note.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        payload = self._drawn
        if payload is not None and payload.originals.ndim == 4:
            _, _, h, w = payload.originals.shape
            if best_bands(len(payload.originals), h, w, self.width() - LABEL_ROOM,
                          self.height() - TITLE_ROOM) != self.bands:
                self.render(payload)  # another arrangement fills the new shape better

    def reset(self) -> None:
        self.mosaic.clear_picture()
        self.note.setText("")
        self.bands = 0


WIDGET = ReconstructionsView
