"""The unit-weights view: each unit of the first Dense layer after the image, its weights on the
pixels drawn as an image (the pattern that makes the unit fire)."""

from __future__ import annotations

import math

from playground.core.i18n import translate, translate_later
from playground.engine.payloads.unit_weights import UnitWeightsPayload
from playground.ui.views.tiles import (NOTE_COLOR, PAD, Mosaic, SheetView, best_layout, diverging_tiles, mosaic,
                                       readable_tile, signed)

TITLE_GAP = 0.3  # lines of words between the title and the units
NOTE = translate_later("SheetView", "Each square is one unit: the weight it gives each pixel. Blue: ink there "
                       "makes the unit fire; orange: ink there holds it back; white: the pixel does not matter. "
                       "One scale for all.")


def unit_mosaic(payload: UnitWeightsPayload, cols: int) -> Mosaic:
    return mosaic(diverging_tiles(payload.weights, payload.scale), cols)


def title_text(payload: UnitWeightsPayload) -> str:
    shown = len(payload.weights)
    title = (translate("unit_weights", "<b>{layer}</b>: all {n} units, scale {scale}") if not payload.hidden
             else translate("unit_weights", "<b>{layer}</b>: the first {shown} of {n} units, scale {scale}"))
    return title.format(layer=payload.label, n=payload.units, shown=shown, scale=signed(payload.scale))


def note_text(payload: UnitWeightsPayload) -> str:
    if payload.channels == 1:
        return ""
    return translate("unit_weights", "each image: the mean of the unit's weights over the {n} colour channels").format(
        n=payload.channels)


class UnitWeightsView(SheetView):
    """The units in as many columns as draw them largest in the view (recomputed on resize)."""

    name = "unit_weights"
    NOTE = NOTE

    def __init__(self, task, parent=None):
        super().__init__(task, parent)
        self.line_pixels = self.tile_pixels = 0.0  # as last laid out: a line of words, a unit

    def render(self, payload: UnitWeightsPayload) -> None:
        sheet = self.sheet
        n = max(len(payload.weights), 1)
        title = sheet.text("title", title_text(payload), 1.0)
        words = note_text(payload)
        note = sheet.text("note", words, 1.0, NOTE_COLOR) if words else None
        title_w, title_h = sheet.lines(title)
        note_w, note_h = sheet.lines(note) if note else (0.0, -0.1)
        above, below = title_h + TITLE_GAP, note_h + 0.1

        def measure(cols: int, s: float, line: float) -> tuple[float, float]:
            rows = math.ceil(n / cols)
            return (max((cols + 0.1) * s, max(title_w, note_w) * line) + 2 * PAD * s,
                    (above + below) * line + (rows + 0.1) * s + 2 * PAD * s)

        choices = list(dict.fromkeys(math.ceil(n / rows) for rows in range(1, n + 1)))
        cols, line_px, s = best_layout(choices, measure, sheet.room(), readable_tile(payload.weights.shape[-1]))
        s = max(s, 1.0)  # a sheet with no room yet: laid out again when it has some
        self.line_pixels, self.tile_pixels = line_px, s
        line = line_px / s  # units from here on: a unit's image is 1 x 1
        picture = unit_mosaic(payload, cols)
        sheet.set_line(title, line)
        sheet.put(title, 0.0, 0.0)
        sheet.image("units", picture, 0.0, above * line)
        height = above * line + picture.height
        width = max(picture.width, max(title_w, note_w) * line)
        if note:
            sheet.set_line(note, line)
            sheet.put(note, 0.0, height + 0.1 * line)
            height += below * line
        sheet.fit(width, height)


WIDGET = UnitWeightsView
