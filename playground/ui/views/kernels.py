"""The kernels view: the filters each convolution layer has learned, one grid per layer."""

from __future__ import annotations

import itertools
import math

import numpy as np

from playground.core.i18n import translate, translate_later
from playground.core.task import Task
from playground.engine.payloads.kernels import KernelLayer, KernelsPayload
from playground.ui.views.tiles import (NOTE_COLOR, PAD, Mosaic, SheetView, best_layout, diverging_tiles, mosaic,
                                       readable_tile, signed)

BLOCK_GAP = 1.2  # lines of words between layers (and at least half a filter)
TITLE_GAP = 0.2  # lines of words between a layer's title and its filters
BAND_GAP = 0.4  # filters: between the bands of a layer's filters folded onto more rows
MOST_BANDS = 6  # more layers than this are laid out in one row or one column
MOST_FOLDS = 4  # a layer's filters are tried in up to this many bands
MOST_LAYOUTS = 200  # more combinations than this: every layer gets the same widest band
NOTE = translate_later("SheetView", "A filter is a column of squares, its weights on each input channel from the top "
                       "(one square when the input has one channel); a long row of filters goes on below. Orange: "
                       "negative, white: zero, blue: positive, on one scale per layer (\u00b1 its largest weight).")


def per_band(layer: KernelLayer, widest: int) -> int:
    """Filters side by side in each band of the layer's grid when no band is wider than `widest`."""
    return max(1, min(layer.weights.shape[0], widest))


def kernel_mosaic(layer: KernelLayer, widest: int | None = None) -> Mosaic:
    """Columns: filters; rows: their input channels; all on the layer's one symmetric scale. Over
    `widest` filters go on in bands below, apart when a filter is more than one square high."""
    filters, inputs, kh, kw = layer.weights.shape
    per = per_band(layer, widest or filters)
    tiles = diverging_tiles(layer.weights.transpose(1, 0, 2, 3).reshape(-1, kh, kw), layer.scale)
    if inputs == 1:
        return mosaic(tiles, per)
    grid = tiles.reshape(inputs, filters, *tiles.shape[1:])
    bands = []
    for first in range(0, filters, per):
        band = np.zeros((inputs, per) + tiles.shape[1:], np.uint8)  # transparent: no filter there
        band[:, :filters - first] = grid[:, first:first + per]
        bands.append(mosaic(band.reshape(-1, *tiles.shape[1:]), per))
    if len(bands) == 1:
        return bands[0]
    unit = bands[0].unit
    space = np.zeros((round(BAND_GAP * unit), bands[0].rgba.shape[1], 4), np.uint8)
    rgba = np.concatenate([part for band in bands for part in (band.rgba, space)][:-1])
    return Mosaic(rgba, unit, per, len(bands) * inputs)


def mosaic_size(layer: KernelLayer, widest: int) -> tuple[float, float]:
    """The width and height of `kernel_mosaic(layer, widest)` in filters (its frames aside)."""
    filters, inputs = layer.weights.shape[:2]
    per = per_band(layer, widest)
    bands = math.ceil(filters / per)
    return per + 0.1, bands * inputs + (bands - 1) * (BAND_GAP if inputs > 1 else 0.0) + 0.1


def title_lines(layer: KernelLayer) -> list[str]:
    kh, kw = layer.weights.shape[2:]
    line = (translate("kernels", "{n} filters of {h}\u00d7{w}, scale {scale}") if layer.filters != 1
            else translate("kernels", "{n} filter of {h}\u00d7{w}, scale {scale}"))
    return [f"<b>{layer.label}</b>", line.format(n=layer.filters, h=kh, w=kw, scale=signed(layer.scale))]


def note_lines(layer: KernelLayer) -> list[str]:
    """What is left out, said under the grid."""
    lines = []
    if layer.hidden_filters:
        lines.append(translate("kernels", "first {shown} of {n} filters").format(
            shown=layer.weights.shape[0], n=layer.filters))
    if layer.hidden_inputs:
        lines.append(translate("kernels", "first {shown} of {n} input channels").format(
            shown=layer.weights.shape[1], n=layer.inputs))
    return lines


def fill(layer: KernelLayer, chosen: int, width: float, height: float) -> tuple[int, float]:
    """The band width and the zoom (1 or more) that draw the layer's filters largest in a place
    `width` x `height` filters large, which its `chosen` band width fits."""
    zooms = [(min(width / w, height / h), n) for n in widths(layer) for w, h in [mosaic_size(layer, n)]]
    return max([(zoom, n) for zoom, n in zooms if zoom >= 1.0] + [(1.0, chosen)], key=lambda z: z[0])[::-1]


def breaks(n: int) -> list[tuple[int, ...]]:
    """The ways to lay `n` blocks out left to right in rows: each as the rows' lengths."""
    if n > MOST_BANDS:
        return [(n,), (1,) * n]
    ways = []
    for cuts in itertools.product((False, True), repeat=max(n - 1, 0)):
        rows, length = [], 1
        for cut in cuts:
            if cut:
                rows.append(length)
                length = 0
            length += 1
        ways.append(tuple(rows + [length]))
    return ways


def widths(layer: KernelLayer) -> list[int]:
    """The band widths worth trying for a layer: its filters in one row, or in two to four."""
    filters = layer.weights.shape[0]
    return sorted({math.ceil(filters / bands) for bands in range(1, min(filters, MOST_FOLDS) + 1)}, reverse=True)


def layouts(layers: list[KernelLayer]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The layouts worth trying: each layer's band width, and the layers' rows (`breaks`). Every
    combination when they are few, else the same widest band for every layer."""
    ways = breaks(len(layers))
    options = [widths(l) for l in layers]
    if math.prod(len(o) for o in options) * len(ways) > MOST_LAYOUTS:
        most = max((l.weights.shape[0] for l in layers), default=1)
        combos = [tuple(per_band(l, widest) for l in layers) for widest in range(most, 0, -1)]
    else:
        combos = list(itertools.product(*options))
    return [(combo, rows) for combo in dict.fromkeys(combos) for rows in ways]


def arrange(blocks: list[tuple[float, float]], rows: tuple[int, ...], gap: float) -> tuple[list[tuple[float, float]], float, float]:
    """Top-left corners of blocks (width, height) laid out left to right, `rows` of them to a row,
    `gap` apart, and the whole width and height."""
    places, y, width, first = [], 0.0, 0.0, 0
    for count in rows:
        x, band = 0.0, 0.0
        for w, h in blocks[first:first + count]:
            places.append((x, y))
            x += w + gap
            band = max(band, h)
        width = max(width, x - gap)
        y += band + gap
        first += count
    return places, width, max(y - gap, 0.0)


class KernelsView(SheetView):
    name = "kernels"
    NOTE = NOTE

    def __init__(self, task: Task, parent=None):
        super().__init__(task, parent)
        self._structure: tuple | None = None
        self.line_pixels = self.tile_pixels = 0.0  # as last laid out: a line of words, a filter
        self.zoom: list[float] = []  # each layer's filters drawn this many times tile_pixels

    def render(self, payload: KernelsPayload) -> None:
        structure = tuple((l.node_id, l.weights.shape) for l in payload.layers)
        if structure != self._structure:
            self._structure = structure
            self.sheet.clear()
        sheet = self.sheet
        layers = payload.layers
        titles = [sheet.text(f"title:{l.node_id}", "<br>".join(title_lines(l)), 1.0) for l in layers]
        notes = [sheet.text(f"note:{l.node_id}", "<br>".join(note_lines(l)), 1.0, NOTE_COLOR) if note_lines(l)
                 else None for l in layers]
        words = [(max(sheet.lines(t)[0], sheet.lines(n)[0] if n else 0.0),  # in lines: width, above, below
                  sheet.lines(t)[1] + TITLE_GAP, sheet.lines(n)[1] + 0.1 if n else 0.0) for t, n in zip(titles, notes)]

        def blocks(widest: tuple[int, ...], s: float, line: float) -> list[tuple[float, float]]:
            """Each layer's title, filters and note: width and height in pixels."""
            sizes = [mosaic_size(l, n) for l, n in zip(layers, widest)]
            return [(max(w * s, ww * line), (above + below) * line + h * s)
                    for (w, h), (ww, above, below) in zip(sizes, words)]

        def measure(choice: tuple[tuple[int, ...], tuple[int, ...]], s: float, line: float) -> tuple[float, float]:
            widest, rows = choice
            _, width, height = arrange(blocks(widest, s, line), rows, max(BLOCK_GAP * line, 0.5 * s))
            return width + 2 * PAD * s, height + 2 * PAD * s

        readable = readable_tile(max((l.weights.shape[-1] for l in layers), default=1))

        def placed(rows: tuple[int, ...]):
            """The best layout with the layers in `rows`, in units, and each layer's fold and zoom."""
            choices = [choice for choice in layouts(layers) if choice[1] == rows]
            (widest, _), line_px, s = best_layout(choices, measure, sheet.room(), readable)
            s = max(s, 1.0)  # a sheet with no room yet: laid out again when it has some
            sizes = [(w / s, h / s) for w, h in blocks(widest, s, line_px)]
            line = line_px / s
            bands = [max(h for _, h in sizes[sum(rows[:r]):sum(rows[:r + 1])]) for r in range(len(rows))]
            # a layer smaller than its place in the row (beside a larger one) is folded and drawn
            # larger, to fill it
            band_of = [r for r, count in enumerate(rows) for _ in range(count)]
            folds = [fill(layer, chosen, w, bands[r] - (above + below) * line) for layer, chosen, (w, _),
                     (_, above, below), r in zip(layers, widest, sizes, words, band_of)]
            drawn = sum(l.weights.shape[0] * l.weights.shape[1] * (s * zoom) ** 2
                        for l, (_, zoom) in zip(layers, folds))
            return drawn, line_px, s, sizes, folds

        # of the ways to put the layers in rows, the one that draws the filters over most pixels
        rows, (_, line_px, s, sizes, folds) = max(((r, placed(r)) for r in breaks(len(layers))), key=lambda p: p[1][0])
        self.line_pixels, self.tile_pixels = line_px, s
        line = line_px / s  # units from here on: a filter is 1 x 1
        places, width, height = arrange(sizes, rows, max(BLOCK_GAP * line, 0.5))
        self.zoom = [zoom for _, zoom in folds]
        for layer, (n, zoom), (_, above, _), title, note, (x, y) in zip(layers, folds, words, titles, notes, places):
            picture = kernel_mosaic(layer, n)
            sheet.set_line(title, line)
            sheet.put(title, x, y)
            sheet.image(f"kernels:{layer.node_id}", picture, x, y + above * line, picture.width * zoom)
            if note:
                sheet.set_line(note, line)
                sheet.put(note, x, y + above * line + picture.height * zoom + 0.1 * line)
        sheet.fit(width, height)

    def reset(self) -> None:
        super().reset()
        self._structure = None


WIDGET = KernelsView
