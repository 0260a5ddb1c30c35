"""The feature-maps view, as in CNN Explainer: one test image, then what each convolution and
pooling layer makes of it, a column of maps per layer from left to right, then the prediction."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QSpinBox

from playground.core.task import Task
from playground.engine.payloads.feature_maps import FeatureMapsPayload, MapLayer
from playground.ui.plots.colors import WARNING_COLOR, hex_color
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.tiles import (LINE, NOTE_COLOR, TEXT_PIXELS, Mosaic, Sheet, diverging_tiles, image_rgba, mosaic,
                                       per_tile_scale)

MAPS_PER_COLUMN = 8  # a layer with more maps fills a second column beside the first
COLUMN_GAP = 0.8  # units between the layers' columns
RIGHT_COLOR = (44, 140, 60)  # a darker green than the class colours', readable as text
TOP_CLASSES = 3  # classes listed under the prediction
NOTE = ("One test image through the network. Each map has its own scale: white is zero, blue its "
        "strongest response (orange: negative).")


def shape_lines(layer: MapLayer) -> tuple[str, str]:
    """Two short lines rather than one long one: the titles set the columns' widths."""
    c, h, w = layer.shape
    return f"{c} map{'s' if c != 1 else ''}", f"{h}\u00d7{w}"


def layer_mosaic(layer: MapLayer) -> Mosaic:
    """The layer's maps as one picture, each at its own full contrast, read top to bottom and then
    on in the next column (CNN Explainer's column of maps, folded when it is long)."""
    tiles = diverging_tiles(layer.maps, per_tile_scale(layer.maps))
    cols = max(1, math.ceil(len(tiles) / MAPS_PER_COLUMN))
    rows = math.ceil(len(tiles) / cols)
    padded = np.zeros((rows * cols,) + tiles.shape[1:], np.uint8)  # transparent: no map there
    padded[:len(tiles)] = tiles
    order = np.arange(rows * cols).reshape(cols, rows).T.ravel()  # mosaic fills row by row
    return mosaic(padded[order], cols)


def title_html(*lines: str) -> str:
    return "<p align='center'><b>" + lines[0] + "</b>" + "".join("<br>" + l for l in lines[1:]) + "</p>"


def prediction_html(payload: FeatureMapsPayload) -> str:
    probs = np.asarray(payload.probabilities, np.float64)
    names = payload.class_names or [str(k) for k in range(len(probs))]
    best = int(np.argmax(probs))
    lines = [f"<span style='font-size:{2 * TEXT_PIXELS}px'><b>{names[best]}</b></span>", f"{probs[best]:.0%} sure"]
    if 0 <= payload.label < len(names):
        right = payload.label == best
        color = hex_color(RIGHT_COLOR if right else WARNING_COLOR)
        verdict = "\u2713 right" if right else f"\u2717 it is {names[payload.label]}"
        lines.append(f"<span style='color:{color}'><b>{verdict}</b></span>")
    top = np.argsort(-probs, kind="stable")[:TOP_CLASSES]
    lines.append(f"<span style='color:{hex_color(NOTE_COLOR)}'>"
                 + "<br>".join(f"{names[k]}: {probs[k]:.0%}" for k in top) + "</span>")
    return "<br>".join(lines)


def output_html(payload: FeatureMapsPayload) -> str:
    """A regression network's output for the sample: its first few numbers."""
    values = np.asarray(payload.output).ravel()
    return "<br>".join(f"{v:.3g}" for v in values[:4]) + ("<br>\u2026" if len(values) > 4 else "")


class FeatureMapsView(ViewWidget):
    name = "feature_maps"

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        layout = column(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 6, 0)
        self.note = note_label(NOTE)
        self.picker = QSpinBox()
        self.picker.setPrefix("Test sample ")
        self.picker.setKeyboardTracking(False)  # typing "12" asks once, not for 1 then 12
        self.picker.setToolTip("Which test image to follow (clicking one in Predictions chooses it too).")
        self.picker.valueChanged.connect(self._picked)
        top.addWidget(self.note, 1)
        top.addWidget(self.picker)
        layout.addLayout(top)
        self.sheet = Sheet()
        layout.addWidget(self.sheet, 1)
        self._structure: tuple | None = None
        self._output_width = 0.0  # the widest prediction so far: the picture does not jitter
        self._syncing = False
        self._shown_sample: int | None = None

    # ----- choosing the sample ----------------------------------------------------------------
    def _picked(self, value: int) -> None:
        if not self._syncing:
            self.configure.emit(self.name, {"sample": int(value)})

    def _follow(self, payload: FeatureMapsPayload) -> None:
        """Show the probe's sample in the picker when it changes (chosen here or in Predictions).
        Payloads made before a new choice reached the probe still carry the old sample: they
        must not pull the picker back."""
        if payload.sample == self._shown_sample and self.picker.maximum() == payload.n_samples - 1:
            return
        self._shown_sample = payload.sample
        self._syncing = True
        try:
            self.picker.setMaximum(max(payload.n_samples - 1, 0))
            self.picker.setValue(payload.sample)
        finally:
            self._syncing = False

    # ----- drawing ----------------------------------------------------------------------------
    def render(self, payload: FeatureMapsPayload) -> None:
        structure = (payload.image.shape, payload.probabilities is None,
                     tuple((l.node_id, l.shape, len(l.maps)) for l in payload.layers))
        if structure != self._structure:
            self._structure = structure
            self._output_width = 0.0
            self.sheet.clear()
        sheet = self.sheet
        pictures = [layer_mosaic(layer) for layer in payload.layers]
        height = max([p.height for p in pictures] + [3.0])  # of the tallest column of maps
        side = min(4.0, max(2.0, height / 2))  # the input image, larger than a map
        image = mosaic(image_rgba(payload.image)[None], 1)

        c, h, w = payload.image.shape
        titles = [sheet.text("title:input", title_html("Input", f"sample {payload.sample}", f"{h}\u00d7{w}"))]
        titles += [sheet.text(f"title:{l.node_id}", title_html(l.label, *shape_lines(l))) for l in payload.layers]
        reconstruct = payload.output is not None and payload.output.size == payload.image.size
        titles.append(sheet.text("title:output", title_html(
            "Prediction" if payload.probabilities is not None else "Output")))
        top = max(sheet.extent(t)[1] for t in titles) + 0.25

        widths = [max(side, sheet.extent(titles[0])[0])]
        widths += [max(p.width, sheet.extent(t)[0]) for p, t in zip(pictures, titles[1:-1])]
        x = 0.0
        sheet.image("input", image, x + (widths[0] - side) / 2, top + (height - side) / 2, side)
        for i, (layer, pic) in enumerate(zip(payload.layers, pictures)):
            x += widths[i] + COLUMN_GAP
            sheet.image(f"maps:{layer.node_id}", pic, x + (widths[i + 1] - pic.width) / 2,
                        top + (height - pic.height) / 2)
            if layer.hidden:
                more = sheet.text(f"more:{layer.node_id}", f"<p align='center'>+{layer.hidden} more</p>",
                                  color=NOTE_COLOR)
                sheet.put(more, x, top + (height + pic.height) / 2 + 0.1, widths[i + 1])
        for t, left, width in zip(titles, np.cumsum([0.0] + [w + COLUMN_GAP for w in widths]), widths):
            sheet.put(t, left, 0.0, width)
        x += widths[-1] + COLUMN_GAP

        if reconstruct:
            out = mosaic(image_rgba(payload.output.reshape(payload.image.shape))[None], 1)
            sheet.image("output", out, x, top + (height - side) / 2, side)
            body_width = side
        else:
            body = sheet.text("output", prediction_html(payload) if payload.probabilities is not None
                              else output_html(payload))
            body_width, body_height = sheet.extent(body)
            sheet.put(body, x, top + max(0.0, (height - body_height) / 2))
        self._output_width = max(self._output_width, body_width, sheet.extent(titles[-1])[0])
        sheet.put(titles[-1], x, 0.0, self._output_width)
        sheet.fit(x + self._output_width, top + height + LINE + 0.2)
        self._follow(payload)

    def reset(self) -> None:
        self.sheet.clear()
        self._structure = self._shown_sample = None


WIDGET = FeatureMapsView
