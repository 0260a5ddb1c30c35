"""The unit-weights view: each unit of the first Dense layer after the image, its weights on the
pixels drawn as an image (the pattern that makes the unit fire)."""

from __future__ import annotations

from playground.engine.payloads.unit_weights import UnitWeightsPayload
from playground.ui.views.tiles import NOTE_COLOR, Mosaic, SheetView, diverging_tiles, mosaic, signed

COLUMNS = 8  # units per row: 32 units make a 4 x 8 grid, wider than tall like the tab
LINE = 0.26  # units: a line of words beside unit images of 1 (large tiles: an 8x8 image each)
NOTE = ("Each square is one unit: the weight it gives each pixel. Blue: ink there makes the unit "
        "fire; orange: ink there holds it back; white: the pixel does not matter. One scale for all.")


def unit_mosaic(payload: UnitWeightsPayload) -> Mosaic:
    return mosaic(diverging_tiles(payload.weights, payload.scale), COLUMNS)


def title_text(payload: UnitWeightsPayload) -> str:
    shown = len(payload.weights)
    units = f"all {payload.units} units" if not payload.hidden else f"the first {shown} of {payload.units} units"
    return f"<b>{payload.label}</b>: {units}, scale {signed(payload.scale)}"


def note_text(payload: UnitWeightsPayload) -> str:
    if payload.channels == 1:
        return ""
    return f"each image: the mean of the unit's weights over the {payload.channels} colour channels"


class UnitWeightsView(SheetView):
    name = "unit_weights"
    NOTE = NOTE

    def render(self, payload: UnitWeightsPayload) -> None:
        sheet = self.sheet
        picture = unit_mosaic(payload)
        title = sheet.text("title", title_text(payload), LINE)
        title_w, title_h = sheet.extent(title)
        sheet.put(title, 0.0, 0.0)
        top = title_h + 0.15
        sheet.image("units", picture, 0.0, top)
        height = top + picture.height
        width = max(picture.width, title_w)
        words = note_text(payload)
        if words:
            note = sheet.text("note", words, LINE, NOTE_COLOR)
            sheet.put(note, 0.0, height + 0.1)
            width = max(width, sheet.extent(note)[0])
            height += 0.1 + sheet.extent(note)[1]
        sheet.fit(width, height)


WIDGET = UnitWeightsView
