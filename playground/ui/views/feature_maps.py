"""The feature-maps view, as in CNN Explainer: one test image, then what each convolution and
pooling layer makes of it, a column of maps per layer from left to right, then the prediction.
A layer's column is folded into as many columns as draw the maps largest in the view's room."""

from __future__ import annotations

import math

import numpy as np

from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.feature_maps import FeatureMapsPayload, MapLayer
from playground.ui.plots.colors import WARNING_COLOR, hex_color
from playground.ui.views.sample_picker import SamplePicker, picker_row
from playground.ui.views.base import ViewWidget, column, note_label
from playground.ui.views.tiles import (NOTE_COLOR, PAD, TEXT_PIXELS, Mosaic, Sheet, best_layout, diverging_tiles,
                                       image_rgba, mosaic, per_tile_scale, readable_tile)

COLUMN_GAP = 0.6  # lines of words between the layers' columns (and at least 0.3 of a map)
TITLE_GAP = 0.3  # lines of words between the titles and the maps
RIGHT_COLOR = (44, 140, 60)  # a darker green than the class colours', readable as text
TOP_CLASSES = 3  # classes listed under the prediction
NOTE = translate_later("feature_maps", "One test image through the network. Each map has its own scale: white is "
                       "zero, blue its strongest response (orange: negative). Click a pixel of a map to see its "
                       "arithmetic.")


def shape_lines(layer: MapLayer) -> tuple[str, str]:
    """Two short lines rather than one long one: the titles set the columns' widths."""
    c, h, w = layer.shape
    maps = translate("feature_maps", "{n} maps") if c != 1 else translate("feature_maps", "{n} map")
    return maps.format(n=c), f"{h}\u00d7{w}"


def layer_mosaic(layer: MapLayer, cols: int) -> Mosaic:
    """The layer's maps as one picture of `cols` columns, each map at its own full contrast, read
    top to bottom and then on in the next column (CNN Explainer's column of maps, folded)."""
    tiles = diverging_tiles(layer.maps, per_tile_scale(layer.maps))
    cols = max(1, min(cols, len(tiles)))
    rows = math.ceil(len(tiles) / cols)
    padded = np.zeros((rows * cols,) + tiles.shape[1:], np.uint8)  # transparent: no map there
    padded[:len(tiles)] = tiles
    order = np.arange(rows * cols).reshape(cols, rows).T.ravel()  # mosaic fills row by row
    return mosaic(padded[order], cols)


def map_pixel(picture: Mosaic, n_maps: int, size: tuple[int, int], x: float, y: float) -> tuple[int, int, int] | None:
    """Which map (its channel) and which of its pixels (row, column) lie at (x, y), in the pixels
    of a layer_mosaic picture of `n_maps` maps of `size`; None on a frame or an empty cell."""
    height, width = size
    gap = 1
    tile_w = picture.unit - gap
    tile_h = tile_w * height // max(width, 1)  # enlarged by one factor on both sides
    col_tile, row_tile = int(x // picture.unit), int(y // (tile_h + gap))
    inside_x, inside_y = x - col_tile * picture.unit - gap, y - row_tile * (tile_h + gap) - gap
    if not (0 <= inside_x < tile_w and 0 <= inside_y < tile_h) or col_tile >= picture.cols or row_tile >= picture.rows:
        return None
    channel = col_tile * picture.rows + row_tile  # read down a column, then on in the next
    if channel >= n_maps:
        return None
    return channel, int(inside_y * height // tile_h), int(inside_x * width // tile_w)


def folds(counts: list[int]) -> list[tuple[int, ...]]:
    """The ways worth trying to fold layers of `counts` maps into columns: for each number of
    rows, every layer in the fewest columns that keep it within as many rows."""
    ways: list[tuple[int, ...]] = []
    for rows in range(1, max(counts, default=1) + 1):
        cols = tuple(max(1, math.ceil(n / rows)) for n in counts)
        if cols not in ways:
            ways.append(cols)
    return ways


def rows_of(counts: list[int], cols: tuple[int, ...]) -> int:
    return max([math.ceil(n / c) for n, c in zip(counts, cols)] + [1])


def input_side(rows: int) -> float:
    """The input image's side, in maps: larger than a map, and more so beside tall columns (it
    takes width the maps could have: the words usually leave little)."""
    return min(3.0, max(2.0, rows / 3))


def title_html(*lines: str) -> str:
    return "<p align='center'><b>" + lines[0] + "</b>" + "".join("<br>" + l for l in lines[1:]) + "</p>"


def prediction_html(payload: FeatureMapsPayload) -> str:
    probs = np.asarray(payload.probabilities, np.float64)
    names = payload.class_names or [str(k) for k in range(len(probs))]
    best = int(np.argmax(probs))
    lines = [f"<span style='font-size:{2 * TEXT_PIXELS}px'><b>{names[best]}</b></span>", translate("feature_maps", "{p:.0%} sure").format(p=probs[best])]
    if 0 <= payload.label < len(names):
        right = payload.label == best
        color = hex_color(RIGHT_COLOR if right else WARNING_COLOR)
        verdict = (translate("feature_maps", "\u2713 right") if right
                   else translate("feature_maps", "\u2717 it is {name}").format(name=names[payload.label]))
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
        self.note = note_label(translate("feature_maps", NOTE))
        self.picker = SamplePicker(translate("FeatureMapsView", "Test image "), translate(
            "FeatureMapsView", "Which test image to follow (clicking one in Predictions chooses it too)."))
        self.picker.chosen.connect(lambda sample: self.configure.emit(self.name, {"sample": sample}))
        picker_row(layout, self.note, self.picker)
        self.sheet = Sheet()
        self.sheet.resized.connect(self.redraw)
        self.sheet.clicked.connect(self._picture_clicked)
        layout.addWidget(self.sheet, 1)
        self._structure: tuple | None = None
        self._output_width = 0.0  # the widest prediction so far: the picture does not jitter
        self.line_pixels = self.tile_pixels = 0.0  # as last laid out: a line of words, a map

    # ----- choosing the sample ----------------------------------------------------------------
    def follow_choice(self, view: str, options: dict) -> None:
        """A sample chosen elsewhere (a click in Predictions) shows in the box at once."""
        if view == self.name and "sample" in options:
            self.picker.chosen_elsewhere(int(options["sample"]))

    def _picture_clicked(self, key: str, x: float, y: float) -> None:
        """A click on a layer's maps asks the explain view for that pixel's arithmetic."""
        payload = self._drawn
        if payload is None or not key.startswith("maps:"):
            return
        layer = next((l for l in payload.layers if f"maps:{l.node_id}" == key), None)
        placed = self.sheet.placed.get(key)
        if layer is None or placed is None:
            return
        found = map_pixel(placed[1], len(layer.maps), layer.maps.shape[1:], x, y)
        if found is not None:
            channel, row, col = found
            self.configure.emit("explain", {"node": layer.node_id, "neuron": channel, "row": row, "col": col,
                                            "sample": payload.sample})

    # ----- drawing ----------------------------------------------------------------------------
    def render(self, payload: FeatureMapsPayload) -> None:
        structure = (payload.image.shape, payload.probabilities is None,
                     tuple((l.node_id, l.shape, len(l.maps)) for l in payload.layers))
        if structure != self._structure:
            self._structure = structure
            self._output_width = 0.0
            self.sheet.clear()
        sheet = self.sheet
        layers = payload.layers
        c, h, w = payload.image.shape
        # the words first, measured in lines: the layout sizes them in pixels
        titles = [sheet.text("title:input", title_html(
            translate("FeatureMapsView", "Input"), translate("FeatureMapsView", "test image {n}").format(n=payload.sample + 1),
            f"{h}\u00d7{w}"), 1.0)]
        titles += [sheet.text(f"title:{l.node_id}", title_html(l.label, *shape_lines(l)), 1.0) for l in layers]
        titles.append(sheet.text("title:output", title_html(
            translate("FeatureMapsView", "Prediction") if payload.probabilities is not None
            else translate("FeatureMapsView", "Output")), 1.0))
        mores = [sheet.text(f"more:{l.node_id}", "<p align='center'>{}</p>".format(
            translate("FeatureMapsView", "+{n} more").format(n=l.hidden)), 1.0, NOTE_COLOR)
                 if l.hidden else None for l in layers]
        reconstruct = payload.output is not None and payload.output.size == payload.image.size
        body = None if reconstruct else sheet.text("output", prediction_html(payload)
                                                   if payload.probabilities is not None else output_html(payload), 1.0)
        title_w = [sheet.lines(t)[0] for t in titles]
        title_h = max(sheet.lines(t)[1] for t in titles) + TITLE_GAP
        more_w = [sheet.lines(m)[0] if m else 0.0 for m in mores]
        body_w, body_h = sheet.lines(body) if body else (0.0, 0.0)
        self._output_width = max(self._output_width, body_w, title_w[-1])  # the picture does not jitter
        counts = [len(l.maps) for l in layers]

        def widths(cols: tuple[int, ...], s: float, line: float) -> list[float]:
            """Each column's width in pixels: the input, the layers, the prediction."""
            side = input_side(rows_of(counts, cols)) * s
            return ([max(side, title_w[0] * line)]
                    + [max((n + 0.1) * s, tw * line, mw * line) for n, tw, mw in zip(cols, title_w[1:], more_w)]
                    + [max(side if reconstruct else 0.0, self._output_width * line)])

        def measure(cols: tuple[int, ...], s: float, line: float) -> tuple[float, float]:
            rows = rows_of(counts, cols)
            columns = widths(cols, s, line)
            gap = max(COLUMN_GAP * line, 0.3 * s)
            width = sum(columns) + gap * (len(columns) - 1) + 2 * PAD * s
            height = (title_h + (1.1 if any(mores) else 0.0)) * line + max(max(rows, input_side(rows)) * s,
                                                                            body_h * line) + 2 * PAD * s
            return width, height

        cols, line_px, s = best_layout(folds(counts), measure, sheet.room(), readable_tile(
            max((max(l.maps.shape[1:]) for l in layers if len(l.maps)), default=1)))
        s = max(s, 1.0)  # a sheet with no room yet: any layout, it is laid out again when resized
        line = line_px / s  # units from here on: a map is 1 x 1
        self.line_pixels, self.tile_pixels = line_px, s
        for t in [*titles, *filter(None, mores), *filter(None, [body])]:
            sheet.set_line(t, line)
        rows = rows_of(counts, cols)
        side = input_side(rows)
        top = title_h * line
        height = max(rows, side, body_h * line)
        columns = [width / s for width in widths(cols, s, line_px)]
        gap = max(COLUMN_GAP * line, 0.3)
        lefts = np.cumsum([0.0] + [width + gap for width in columns])
        for t, left, width in zip(titles, lefts, columns):
            sheet.put(t, left, 0.0, width)

        sheet.image("input", mosaic(image_rgba(payload.image)[None], 1), lefts[0] + (columns[0] - side) / 2,
                    top + (height - side) / 2, side)
        for layer, n, more, left, width in zip(layers, cols, mores, lefts[1:], columns[1:]):
            pic = layer_mosaic(layer, n)
            sheet.image(f"maps:{layer.node_id}", pic, left + (width - pic.width) / 2, top + (height - pic.height) / 2)
            if more:
                sheet.put(more, left, top + (height + pic.height) / 2 + 0.1 * line, width)
        left = lefts[-2]
        if reconstruct:
            out = mosaic(image_rgba(payload.output.reshape(payload.image.shape))[None], 1)
            sheet.image("output", out, left + (columns[-1] - side) / 2, top + (height - side) / 2, side)
        else:
            sheet.put(body, left, top + (height - body_h * line) / 2)
        sheet.fit(lefts[-1] - gap, top + height + (1.1 * line if any(mores) else 0.0))
        self.picker.follow(payload.sample, payload.n_samples)

    def redraw(self) -> None:
        """Lay the last payload out again (for the sheet's new size)."""
        if self._drawn is not None and self.isVisible():
            self.render(self._drawn)

    def reset(self) -> None:
        self.sheet.clear()
        self._structure = None
        self.picker.restart()


WIDGET = FeatureMapsView
